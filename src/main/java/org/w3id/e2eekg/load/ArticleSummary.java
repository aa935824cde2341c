package org.w3id.e2eekg.load;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.vocab.E2K;

/**
 * What an article's graph holds, counted from the graph itself (not from the facts), so the
 * report says what was stored: distinct actors, documents and statistics by their classes
 * in the ontology, stances and roles by their direct triples.
 *
 * @param actors     nodes typed with {@code e2k:Actor} or a subclass
 * @param stances    {@code e2k:opposes} and {@code e2k:supports} triples
 * @param roles      {@code e2k:holdsRole} triples
 * @param statistics nodes typed {@code e2k:Statistic}
 * @param documents  nodes typed with {@code e2k:Document} or a subclass
 * @param triples    the size of the graph
 */
public record ArticleSummary(int actors, int stances, int roles, int statistics, int documents, long triples) {

    static ArticleSummary of(Model graph, ClassHierarchy classes) {
        return new ArticleSummary(
                instances(graph, classes.andSubclasses(E2K.Actor)),
                triples(graph, E2K.opposes) + triples(graph, E2K.supports),
                triples(graph, E2K.holdsRole),
                instances(graph, classes.andSubclasses(E2K.Statistic)),
                instances(graph, classes.andSubclasses(E2K.Document)),
                graph.size());
    }

    private static int instances(Model graph, Set<Resource> classes) {
        Set<Resource> found = new HashSet<>();
        graph.listStatements(null, RDF.type, (Resource) null).forEachRemaining(s -> {
            if (ClassHierarchy.isOneOf(s.getObject(), classes)) {
                found.add(s.getSubject());
            }
        });
        return found.size();
    }

    private static int triples(Model graph, Property p) {
        return graph.listStatements(null, p, (Resource) null).toList().size();
    }

    /** {@code 3 actors, 1 stance, 0 roles, 0 statistics, 1 document, 420 triples}. */
    public String describe() {
        return count(actors, "actor", "actors") + ", " + count(stances, "stance", "stances") + ", "
                + count(roles, "role", "roles") + ", " + count(statistics, "statistic", "statistics") + ", "
                + count(documents, "document", "documents") + ", " + count(triples, "triple", "triples");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
