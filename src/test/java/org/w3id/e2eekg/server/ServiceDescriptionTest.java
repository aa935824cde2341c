package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.vocab.SD;

/**
 * The query endpoints without a query, over a real server: a browser is sent to the query
 * page, a SPARQL client gets a Service Description (Turtle, JSON-LD) naming the endpoint,
 * SPARQL 1.1 Query, the union default graph, {@code text:query} and the store's graphs; a
 * request with a query is still answered by Fuseki. {@code /$/server} names Fuseki's version.
 */
class ServiceDescriptionTest {
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s);

    @ParameterizedTest
    @ValueSource(strings = {"/kg/sparql", "/kg/query"})
    void aBrowserIsSentToTheQueryPage(String path) {
        HttpResponse<String> r = SERVER.get().get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(ServiceDescriptionFilter.QUERY_PAGE, r.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "*/*"})
    void aClientGetsTheServiceDescription(String accept) {
        HttpResponse<String> r = SERVER.get().get("/kg/sparql", accept);
        assertEquals(200, r.statusCode(), r.body());
        Lang lang = accept.equals("application/ld+json") ? Lang.JSONLD : Lang.TURTLE;
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        Resource service = m.listSubjectsWithProperty(RDF.type, SD.Service).next();
        assertEquals(SERVER.get().base + "/kg/sparql", service.getPropertyResourceValue(SD.endpoint).getURI());
        assertTrue(service.hasProperty(SD.supportedLanguage, SD.SPARQL11Query));
        assertTrue(service.hasProperty(SD.feature, SD.UnionDefaultGraph));
        assertTrue(service.hasProperty(SD.propertyFeature, m.createResource("http://jena.apache.org/text#query")));
        assertTrue(m.contains(null, SD.name, m.createResource(TestServer.IRIS.articleGraph("000-4633c21910299fa8"))),
                "the article's graph is named");
    }

    @Test
    void aQueryIsStillAnswered() {
        HttpResponse<String> r = SERVER.get().query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(JSON.parse(r.body()).get("boolean").getAsBoolean().value());
    }

    @Test
    void theServerStatusNamesFusekisVersion() {
        HttpResponse<String> r = SERVER.get().get("/$/server", "application/json");
        assertEquals(200, r.statusCode());
        assertEquals(Fuseki.VERSION, JSON.parse(r.body()).getString("version"));
    }
}
