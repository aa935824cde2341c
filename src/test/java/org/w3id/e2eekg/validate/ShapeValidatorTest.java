package org.w3id.e2eekg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.graph.FactGraphBuilder;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.vocab.PROV;

/**
 * Every article graph conforms to the shapes, and the shapes catch what they promise to:
 * each negative test breaks a real article graph in one way and expects that violation.
 */
class ShapeValidatorTest {
    private static final Iris IRIS = Iris.standard();
    private static final Map<Path, Model> GRAPHS = new HashMap<>();
    private static ShapeValidator validator;

    @BeforeAll
    static void buildGraphs() throws Exception {
        validator = new ShapeValidator(IRIS);
        for (Path p : TestArticles.all()) {
            GRAPHS.put(p, new FactGraphBuilder(IRIS).build(ExtractorFactory.standard().extract(new ArticleReader().read(p))));
        }
    }

    static List<Path> articles() {
        return TestArticles.all();
    }

    private static Model mainGraph() {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(GRAPHS.get(TestArticles.file(TestArticles.MAIN)));
        return copy;
    }

    private static Resource anActor(Model m) {
        return m.listSubjectsWithProperty(RDF.type, E2K.Person).next();
    }

    private static void assertViolation(Model broken, String expectedMessagePart) {
        GraphReport report = validator.validate(broken);
        assertFalse(report.conforms(), "the broken graph should not conform");
        assertTrue(report.violations().stream().anyMatch(v -> v.message().contains(expectedMessagePart)),
                () -> "expected a violation saying '" + expectedMessagePart + "', got " + report.violations());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyArticleGraphConforms(Path article) {
        GraphReport report = validator.validate(GRAPHS.get(article));
        assertTrue(report.conforms(), () -> article.getFileName() + ": " + report.violations());
    }

    @Test
    void anActorWithoutALabelIsAViolation() {
        Model m = mainGraph();
        Resource actor = anActor(m);
        m.removeAll(actor, RDFS.label, null);
        GraphReport report = validator.validate(m);
        assertEquals(1, report.violations().size(), report.violations().toString());
        Violation v = report.first().orElseThrow();
        assertTrue(v.focus().contains(actor.getURI()), v.toString());
        assertEquals("rdfs:label", v.path());
        assertTrue(v.oneLine().contains("exactly one rdfs:label"), v.oneLine());
        assertFalse(v.oneLine().contains("\n"));
    }

    @Test
    void anActorWithTwoLabelsIsAViolation() {
        Model m = mainGraph();
        anActor(m).addProperty(RDFS.label, "Another name");
        assertViolation(m, "exactly one rdfs:label");
    }

    @Test
    void anActorWithoutEvidenceIsAViolation() {
        Model m = mainGraph();
        m.removeAll(anActor(m), PROV.wasDerivedFrom, null);
        assertViolation(m, "at least one e2k:Evidence");
    }

    @Test
    void aFactTripleWithoutAStatementIsAViolation() {
        Model m = mainGraph();
        // an object no extraction produces, so the fact cannot have a statement already
        anActor(m).addProperty(E2K.supports, m.createResource(IRIS.id("topic/never-extracted")));
        assertViolation(m, "has no e2k:Statement");
    }

    @Test
    void aStatementWhoseTripleIsNotAssertedIsAViolation() {
        Model m = mainGraph();
        Statement named = m.listStatements(null, RDF.type, E2K.Statement).next();
        Resource st = named.getSubject();
        Resource s = st.getPropertyResourceValue(RDF.subject);
        Resource p = st.getPropertyResourceValue(RDF.predicate);
        m.removeAll(s, m.createProperty(p.getURI()), null);
        assertViolation(m, "is not asserted");
    }

    @Test
    void aStatementWithoutEvidenceOrWithTwoSubjectsIsAViolation() {
        Model m = mainGraph();
        Resource st = m.listSubjectsWithProperty(RDF.type, E2K.Statement).next();
        m.removeAll(st, PROV.wasDerivedFrom, null);
        assertViolation(m, "at least one e2k:Evidence");

        Model m2 = mainGraph();
        Resource st2 = m2.listSubjectsWithProperty(RDF.type, E2K.Statement).next();
        st2.addProperty(RDF.subject, E2K.Backdoor);
        assertViolation(m2, "exactly one rdf:subject");
    }

    @Test
    void evidenceNeedsItsSelectors() {
        Model m = mainGraph();
        Resource ev = m.listSubjectsWithProperty(RDF.type, E2K.Evidence).next();
        m.removeAll(ev, org.apache.jena.vocabulary.OA.hasSelector, null);
        assertViolation(m, "at least two oa:hasSelector");
    }

    @Test
    void aDocumentWithAnUntypedDateOrANonActorSignatoryIsAViolation() {
        Model m = mainGraph();
        Resource doc = m.createResource(IRIS.id("doc/letter/2020-02-06-test"));
        doc.addProperty(RDF.type, E2K.OpenLetter);
        doc.addProperty(RDFS.label, "Open letter");
        doc.addProperty(DCTerms.date, "6 February 2020");
        assertViolation(m, "xsd:gYearMonth or xsd:gYear");

        Model m2 = mainGraph();
        Resource doc2 = m2.createResource(IRIS.id("doc/letter/2020-02-06-test"));
        doc2.addProperty(RDF.type, E2K.OpenLetter);
        doc2.addProperty(RDFS.label, "Open letter");
        doc2.addLiteral(DCTerms.date, m2.createTypedLiteral("2020-02", XSDDatatype.XSDgYearMonth));
        assertTrue(validator.validate(m2).conforms(), () -> validator.validate(m2).violations().toString());
        doc2.addProperty(E2K.signatory, E2K.EndToEndEncryption);
        assertViolation(m2, "IRI of class e2k:Actor");
    }

    @Test
    void aStatisticNeedsANumberValueAndAUnit() {
        Model m = mainGraph();
        Resource stat = m.createResource(IRIS.id("stat/test/70-percent"));
        stat.addProperty(RDF.type, E2K.Statistic);
        stat.addProperty(E2K.value, "seventy");
        stat.addProperty(PROV.wasDerivedFrom, m.listSubjectsWithProperty(RDF.type, E2K.Evidence).next());
        assertViolation(m, "one e2k:value, an xsd:integer when whole, else an xsd:decimal");
        assertViolation(m, "one e2k:unit");
    }

    @Test
    void anArticleWithABadDigestIsAViolation() {
        Model m = mainGraph();
        Resource article = m.listSubjectsWithProperty(RDF.type, E2K.Article).next();
        m.removeAll(article, E2K.sha256, null);
        article.addProperty(E2K.sha256, "not-a-digest");
        assertViolation(m, "64 lower-case hex digits");
    }
}
