package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The store's full-text index: a Lucene index (Jena's {@code jena-text}) in the store's
 * {@value #FOLDER} folder, over the labels ({@code rdfs:label}, {@code skos:prefLabel}), the
 * aliases ({@code skos:altLabel}) and the evidence sentences ({@code oa:exact}) of every graph.
 * SPARQL reaches it as {@code text:query}; each field is its own Lucene field, so
 * {@code ?s text:query (skos:altLabel "Zuckerberg")} searches aliases only and
 * {@code ?s text:query "NSPCC"} the labels (the primary field).
 *
 * <p>Text is analysed for English (Lucene's {@link EnglishAnalyzer}: lower case, possessives
 * and stop words dropped, Porter stems), so "encrypted" finds "encryption" and "Barnardo"
 * finds "Barnardo's". Values are stored in the index, so a hit gives back the text it matched.
 *
 * <p>The index is derived data. When the store is opened, the number of indexed quads in the
 * store is compared with the number of documents in the index; when they differ (a store
 * written before the index existed, by Jena's own tools, or a crash between TDB2's commit and
 * Lucene's) the index is rebuilt from the store. Trade-off: that check reads the store's
 * predicate index once per opening (milliseconds for this project's stores); a rebuild costs
 * a pass over the indexed quads.
 */
public final class SearchIndex {
    /** The folder, inside the store directory, holding the Lucene index. */
    public static final String FOLDER = "text-index";

    /** The Lucene fields and the predicates they index. */
    private static final String ENTITY = "uri";
    private static final String LABEL = "label";
    private static final String ALIAS = "alias";
    private static final String SENTENCE = "sentence";
    private static final String UID = "uid";
    private static final String LANG = "lang";

    private SearchIndex() {}

    /** The analyser of every field, for indexing and for queries (a new one each call: analysers are closeable). */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** Which predicates are indexed, into which fields; the uid field lets deletes find their document. */
    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY, LABEL, RDFS.label.asNode());
        def.set(LABEL, SKOS.prefLabel.asNode());
        def.set(ALIAS, SKOS.altLabel.asNode());
        def.set(SENTENCE, OA.exact.asNode());
        def.setUidField(UID);
        def.setLangField(LANG);
        return def;
    }

    /** The store's TDB2 dataset, text-indexed: opens (or builds, or rebuilds) the index in {@code storeDir}. */
    static TextIndexedDataset open(DatasetGraph tdb, Path storeDir) {
        Path folder = storeDir.resolve(FOLDER);
        long expected = Txn.calculateRead(tdb, () -> indexedQuads(tdb).count());
        TextIndex index = openIndex(folder);
        if (documents(index) != expected) {
            index.close();
            deleteFolder(folder);
            index = openIndex(folder);
            rebuild(tdb, index);
        }
        return new TextIndexedDataset(tdb, index);
    }

    private static TextIndex openIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            TextIndexConfig config = new TextIndexConfig(definition());
            config.setAnalyzer(analyzer());
            config.setValueStored(true);
            return new TextIndexLucene(directory, config);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(folder + ": cannot open the text index (" + KnowledgeStore.oneLine(e) + ")", e);
        }
    }

    /** Every quad of the store whose predicate the index covers and whose object is text. */
    private static Stream<Quad> indexedQuads(DatasetGraph dsg) {
        EntityDefinition def = definition();
        List<Node> predicates = def.fields().stream().distinct().flatMap(f -> def.getPredicates(f).stream()).toList();
        return predicates.stream().flatMap(p -> {
            Stream.Builder<Quad> quads = Stream.builder();
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    quads.add(q);
                }
            });
            return quads.build();
        });
    }

    private static long documents(TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene)) {
            return -1;
        }
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void rebuild(DatasetGraph tdb, TextIndex index) {
        Txn.executeRead(tdb, () -> indexedQuads(tdb).forEach(q -> {
            Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
            if (entity != null) {
                index.addEntity(entity);
            }
        }));
        index.commit();
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot rebuild the text index (" + e.getMessage() + ")", e);
        }
    }
}
