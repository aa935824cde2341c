package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.LoadFailure;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadResult;
import org.w3id.e2eekg.load.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code load}: reads articles, extracts their facts and writes each article's graph into
 * the store, replacing the graph of an article loaded before. Standard output gets one
 * report line per article loaded; standard error one line per article refused (and
 * progress when there are more than {@value #PROGRESS_ABOVE} files). Exit code 0 when every
 * article loaded, 1 when any was refused; the refused ones leave the store untouched.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load articles into the store. A FILE that is a folder means every *.txt file in it; "
                + "no FILE means the main article bundled in the jar.")
final class LoadCommand implements Callable<Integer> {
    static final int PROGRESS_ABOVE = 5;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files or folders of them.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleSource.Entry> entries = ArticleSource.expand(files);
        boolean progress = entries.size() > PROGRESS_ABOVE;
        LoadListener listener = new LoadListener() {
            @Override
            public void preparing(int index, int total, String source) {
                if (progress) {
                    err.println("[" + index + "/" + total + "] " + source);
                    err.flush();
                }
            }

            @Override
            public void failed(LoadFailure failure) {
                err.println(ErrorHandler.PREFIX + failure.message());
                if (common.debug() && failure.cause() != null) {
                    failure.cause().printStackTrace(err);
                }
                err.flush();
            }
        };
        LoadResult result = ArticleLoader.standard(common.iris()).load(common.store(), entries, listener);
        for (PreparedArticle p : result.loaded()) {
            out.println(p.reportLine());
        }
        out.flush();
        if (progress) {
            err.println("loaded " + result.loaded().size() + " of " + entries.size() + " articles into " + common.store());
        }
        return result.allLoaded() ? 0 : 1;
    }
}
