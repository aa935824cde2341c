package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queries a SPARQL user writes first, over the endpoint of a real server on the main
 * article: {@code ?d a e2k:Document} lists the letters (types are materialised), every dated
 * thing has a sortable {@code xsd:date} start and end around its stated date with its
 * precision, and counts come back as integers.
 */
class QueriesThatJustWorkTest {
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s);

    private static final String PREFIXES = "PREFIX e2k: <https://w3id.org/e2ee-kg/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
            + "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static JsonArray rows(String sparql) {
        HttpResponse<String> r = SERVER.get().query(PREFIXES + sparql, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).getObj("results").get("bindings").getAsArray();
    }

    private static Set<String> values(JsonArray rows, String var) {
        Set<String> out = new HashSet<>();
        for (JsonValue row : rows) {
            out.add(row.getAsObject().getObj(var).getString("value"));
        }
        return out;
    }

    @Test
    void theLettersAreDocumentsAndCreativeWorks() {
        Set<String> letters = values(rows("SELECT ?d WHERE { ?d a/rdfs:subClassOf* e2k:Letter }"), "d");
        assertFalse(letters.isEmpty());
        Set<String> documents = values(rows("SELECT ?d WHERE { ?d a e2k:Document }"), "d");
        assertTrue(documents.containsAll(letters), documents + " vs " + letters);
        assertEquals(documents, values(rows("SELECT ?d WHERE { ?d a/rdfs:subClassOf* e2k:Document }"), "d"),
                "the same documents as through the class hierarchy");
        assertTrue(values(rows("SELECT ?d WHERE { ?d a schema:CreativeWork }"), "d").containsAll(documents));
    }

    @Test
    void everyDatedThingHasOneSortableStartAndEnd() {
        JsonArray things = rows("SELECT ?s (MAX(STRLEN(STR(?date))) AS ?longest) (GROUP_CONCAT(STR(?date)) AS ?dates) "
                + "(COUNT(DISTINCT ?start) AS ?starts) (SAMPLE(?start) AS ?first) (SAMPLE(?end) AS ?last) "
                + "(SAMPLE(?precision) AS ?kind) WHERE { ?s dcterms:date ?date "
                + "OPTIONAL { ?s e2k:startDate ?start ; e2k:endDate ?end ; e2k:datePrecision ?precision } } GROUP BY ?s");
        assertTrue(things.size() > 3);
        for (JsonValue v : things) {
            var row = v.getAsObject();
            assertEquals("1", row.getObj("starts").getString("value"), "one start date: " + row);
            String start = row.getObj("first").getString("value");
            String end = row.getObj("last").getString("value");
            assertEquals("http://www.w3.org/2001/XMLSchema#date", row.getObj("first").getString("datatype"));
            assertTrue(start.compareTo(end) <= 0, row.toString());
            int longest = Integer.parseInt(row.getObj("longest").getString("value"));
            assertEquals(longest == 10 ? "day" : longest == 7 ? "month" : "year", row.getObj("kind").getString("value"));
            String dates = row.getObj("dates").getString("value");
            assertTrue(java.util.Arrays.stream(dates.split(" ")).anyMatch(start::startsWith), row.toString());
        }
        JsonArray in2019 = rows("SELECT ?s WHERE { ?s e2k:startDate ?start FILTER(?start >= \"2019-01-01\"^^xsd:date "
                + "&& ?start < \"2020-01-01\"^^xsd:date) }");
        JsonArray notIn2019 = rows("SELECT ?s WHERE { ?s e2k:startDate ?start FILTER(YEAR(?start) != 2019) }");
        assertEquals(things.size(), in2019.size() + notIn2019.size(), "a date range needs no STR()");
    }

    @Test
    void countsAreIntegers() {
        for (JsonValue v : rows("SELECT ?value WHERE { ?s e2k:value ?value }")) {
            var value = v.getAsObject().getObj("value");
            String lexical = value.getString("value");
            String expected = lexical.contains(".") ? "decimal" : "integer";
            assertEquals("http://www.w3.org/2001/XMLSchema#" + expected, value.getString("datatype"), lexical);
        }
        assertTrue(values(rows("SELECT ?value WHERE { ?s e2k:value ?value }"), "value").contains("18400000"));
    }
}
