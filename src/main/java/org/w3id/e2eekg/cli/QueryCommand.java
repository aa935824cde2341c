package org.w3id.e2eekg.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.w3id.e2eekg.server.QueryParameter;
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

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A value for a parameter the query's header declares (# Parameter: NAME ?variable type ...), "
                    + "bound to its variable, never put into the query's text; repeatable. "
                    + "Example: --param actor=id:org/nspcc --param from=2020-01-01")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (text == null)) {
            throw new ParameterException(spec.commandLine(), "give either a query FILE or --query TEXT");
        }
        Iris iris = common.iris();
        String source = file != null ? file.toString() : "--query";
        String queryText = file != null ? QueryText.read(file) : text;
        Query query = QueryText.parse(queryText, source, iris);
        Map<String, Node> bindings = bind(QueryParameter.declaredIn(queryText), query);
        QueryFormat chosen = format != null ? format : defaultFormat(query);
        boolean resultsQuery = query.isSelectType() || query.isAskType();
        if (chosen.forResults() != resultsQuery) {
            throw new ParameterException(spec.commandLine(), "format " + chosen + " does not fit a "
                    + query.queryType().name() + " query; use one of " + formats(resultsQuery));
        }
        QueryResult result;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), iris)) {
            result = store.query(query, bindings);
        }
        new ResultPrinter(iris).print(result, chosen, query.getPrefixMapping(), spec.commandLine().getOut());
        return 0;
    }

    /** The {@code --param} values, each as the term its declared parameter binds; a usage error for any other. */
    private Map<String, Node> bind(List<QueryParameter> declared, Query query) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            QueryParameter parameter = declared.stream().filter(d -> d.name().equals(p.getKey())).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "the query declares no parameter '"
                            + p.getKey() + "'; it takes " + (declared.isEmpty() ? "none"
                            : declared.stream().map(QueryParameter::name).collect(Collectors.joining(", ")))));
            try {
                out.put(parameter.variable(), parameter.bind(p.getValue(), query.getPrefixMapping()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return out;
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
