package org.w3id.e2eekg.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code query}: runs a SPARQL query over the union of the store's named graphs and prints
 * the answer. The query comes from a file or from {@code --query}; the format defaults to
 * a text table for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE, TriG for CONSTRUCT
 * with GRAPH templates. A format that does not fit the query form is a usage error.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a SPARQL query over the union of all graphs in the store. The project's prefixes "
                + "(e2k:, id:, rdfs:, schema:, prov: ...) are predeclared.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A file holding the query (.rq).")
    Path file;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "The query itself, instead of a FILE.")
    String text;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format. SELECT and ASK: text (default), json, csv, tsv, xml. "
                    + "CONSTRUCT and DESCRIBE: turtle (default), ntriples, jsonld, rdfxml, trig, nquads.")
    QueryFormat format;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (text == null)) {
            throw new ParameterException(spec.commandLine(), "give either a query FILE or --query TEXT");
        }
        Iris iris = common.iris();
        String source = file != null ? file.toString() : "--query";
        Query query = QueryText.parse(file != null ? QueryText.read(file) : text, source, iris);
        QueryFormat chosen = format != null ? format : defaultFormat(query);
        boolean resultsQuery = query.isSelectType() || query.isAskType();
        if (chosen.forResults() != resultsQuery) {
            throw new ParameterException(spec.commandLine(), "format " + chosen + " does not fit a "
                    + query.queryType().name() + " query; use one of " + formats(resultsQuery));
        }
        QueryResult result;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), iris)) {
            result = store.query(query);
        }
        new ResultPrinter(iris).print(result, chosen, query.getPrefixMapping(), spec.commandLine().getOut());
        return 0;
    }

    private static QueryFormat defaultFormat(Query query) {
        if (query.isSelectType() || query.isAskType()) {
            return QueryFormat.TEXT;
        }
        return query.isConstructQuad() ? QueryFormat.TRIG : QueryFormat.TURTLE;
    }

    private static String formats(boolean results) {
        return Arrays.stream(QueryFormat.values()).filter(f -> f.forResults() == results)
                .map(QueryFormat::toString).collect(Collectors.joining(", "));
    }
}
