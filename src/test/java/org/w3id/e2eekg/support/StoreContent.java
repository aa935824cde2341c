package org.w3id.e2eekg.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;

/** Reads a store's content back, opening and closing it each time. */
public final class StoreContent {
    private StoreContent() {}

    public static long quadCount(Path store) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            return s.quadCount();
        }
    }

    /** The whole store as sorted N-Quads. */
    public static String nquads(Path store) {
        return export(store, ExportFormat.NQUADS);
    }

    public static String export(Path store, ExportFormat format) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            StringWriter w = new StringWriter();
            new DatasetExporter(Iris.standard()).write(s.copy(), format, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
