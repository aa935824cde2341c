package org.w3id.e2eekg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.validate.ShapeValidator;
import org.w3id.e2eekg.vocab.E2K;

/**
 * What SHACL validation costs per article, alone: reads every article graph of a store
 * written by {@code load} into memory, then validates all of them with one
 * {@link ShapeValidator} (as {@code load} does, one validation per article), round after
 * round on one thread, and prints the mean time per article of each round and the number of
 * violations found (zero for a store {@code load} wrote). The first rounds include the JIT's
 * warm-up, as the first articles of a load do.
 *
 * <p>Then the same without the ontology in the data graph: a lower bound for what a cheaper
 * data graph could save, not a usable validator (the shapes need the ontology's
 * {@code e2k:FactProperty} types, so it reports violations on good graphs).
 *
 * <p>Run with the jar and the test classes on the class path; arguments: the store folder
 * and the number of rounds. Commands and results in {@code BENCHMARKS.md}.
 */
public final class ValidationBench {
    private ValidationBench() {}

    public static void main(String[] args) {
        Iris iris = Iris.standard();
        List<Model> articles = articleGraphs(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        System.out.printf("%d article graphs, %d triples%n", articles.size(),
                articles.stream().mapToLong(Model::size).sum());
        System.out.println("with the ontology, as load validates:");
        time(new ShapeValidator(iris), articles, rounds);
        System.out.println("without the ontology (a lower bound only):");
        time(new ShapeValidator(KnowledgeGraphs.shapes(iris), ModelFactory.createDefaultModel(), iris), articles,
                rounds);
    }

    private static void time(ShapeValidator validator, List<Model> articles, int rounds) {
        for (int round = 1; round <= rounds; round++) {
            long violations = 0;
            long start = System.nanoTime();
            for (Model article : articles) {
                violations += validator.validate(article).violations().size();
            }
            double perArticle = (System.nanoTime() - start) / 1e6 / articles.size();
            System.out.printf("round %d: %.2f ms per article, %d violations%n", round, perArticle, violations);
        }
    }

    /** Copies into memory every named graph of the store that holds an {@code e2k:Article}. */
    private static List<Model> articleGraphs(Path store) {
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        List<Model> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(name -> {
            Model stored = dataset.getNamedModel(name);
            if (stored.contains(null, RDF.type, E2K.Article)) {
                out.add(ModelFactory.createDefaultModel().add(stored));
            }
        }));
        return out;
    }
}
