package org.w3id.e2eekg.support;

import java.util.ArrayList;
import java.util.List;
import org.w3id.e2eekg.load.LoadFailure;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadedArticle;

/** A {@link LoadListener} that keeps what it hears, for tests to look at after the load. */
public final class LoadRecorder implements LoadListener {
    private final List<LoadedArticle> loaded = new ArrayList<>();
    private final List<LoadFailure> failed = new ArrayList<>();
    private final List<String> processed = new ArrayList<>();

    @Override
    public void processed(int index, int total, String source) {
        processed.add(index + "/" + total + " " + source);
    }

    @Override
    public void loaded(LoadedArticle article) {
        loaded.add(article);
    }

    @Override
    public void failed(LoadFailure failure) {
        failed.add(failure);
    }

    /** The articles loaded, in the order heard. */
    public List<LoadedArticle> loaded() {
        return loaded;
    }

    public List<LoadFailure> failed() {
        return failed;
    }

    /** {@code "2/5 path"} for each article processed, in order. */
    public List<String> processed() {
        return processed;
    }
}
