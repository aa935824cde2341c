package org.w3id.e2eekg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.vocab.SD;

/**
 * A query endpoint ({@code /kg/sparql}, {@code /kg/query}) asked for with {@code GET} and no
 * query: SPARQL 1.1 Service Description says the endpoint then describes itself, and a
 * browser that followed a link wants the query page. So {@code text/html} gets a
 * {@code 303} to Fuseki's query UI for the dataset, and every other client the description
 * (Turtle by default, JSON-LD, N-Triples or RDF/XML by {@code Accept}): the endpoint, SPARQL
 * 1.1 Query, the result formats, the union default graph, {@code text:query}, and the
 * dataset's named graphs. Any request with parameters goes on to Fuseki untouched.
 *
 * <p>Trade-off: the list of graphs is read from the store on each request (one small read
 * transaction); a description that were cached would go stale after a load.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    /** Where browsers are sent: Fuseki UI's query page for the dataset. */
    static final String QUERY_PAGE = "/#/dataset" + KgServer.DATASET + "/query";
    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";
    private static final List<String> OFFERS = RdfOutput.TYPES_AND_HTML;
    /** The W3C's IRIs of the formats answers come in, as Service Description names them. */
    private static final List<String> RESULT_FORMATS = List.of("http://www.w3.org/ns/formats/SPARQL_Results_JSON",
            "http://www.w3.org/ns/formats/SPARQL_Results_XML", "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
            "http://www.w3.org/ns/formats/SPARQL_Results_TSV", "http://www.w3.org/ns/formats/Turtle",
            "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/N-Triples",
            "http://www.w3.org/ns/formats/RDF_XML");

    private final transient DatasetGraph dataset;
    private final transient RdfOutput rdf;
    private final transient Iris iris;

    ServiceDescriptionFilter(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
        this.rdf = new RdfOutput(iris);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Accept");
        Optional<String> type = Negotiation.choose(request.getHeader("Accept"), OFFERS);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, OFFERS);
            return;
        }
        if (type.get().equals(Negotiation.HTML) || type.get().equals(Negotiation.XHTML)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", QUERY_PAGE);
            return;
        }
        rdf.write(description(request.getRequestURL().toString()), type.get(), response);
    }

    private Model description(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        Resource service = m.createResource().addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(SD.propertyFeature, m.createResource(TEXT_QUERY));
        RESULT_FORMATS.forEach(f -> service.addProperty(SD.resultFormat, m.createResource(f)));
        Resource ds = m.createResource().addProperty(RDF.type, SD.Dataset)
                .addProperty(DCTerms.source, m.createResource(iris.dataset()));
        service.addProperty(SD.defaultDataset, ds);
        ds.addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph));
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI()) {
                ds.addProperty(SD.namedGraph, m.createResource().addProperty(RDF.type, SD.NamedGraph)
                        .addProperty(SD.name, m.createResource(g.getURI())));
            }
        }));
        return m;
    }
}
