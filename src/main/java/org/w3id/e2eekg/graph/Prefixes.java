package org.w3id.e2eekg.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.e2eekg.vocab.CITO;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.vocab.E2KSH;
import org.w3id.e2eekg.vocab.PROV;

/** The prefixes every file and query result the project writes uses. */
public final class Prefixes {
    private Prefixes() {}

    public static Map<String, String> of(Iris iris) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("e2k", E2K.NS);
        p.put("id", iris.idBase());
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("schema", SchemaDO.NS);
        p.put("prov", PROV.NS);
        p.put("org", ORG.NS);
        p.put("cito", CITO.NS);
        p.put("oa", OA.NS);
        p.put("void", VOID.NS);
        p.put("dcat", DCAT.NS);
        p.put("wd", "http://www.wikidata.org/entity/");
        p.put("sh", SHACL.NS);
        p.put("e2ksh", E2KSH.NS);
        return p;
    }

    public static void apply(PrefixMapping m, Iris iris) {
        m.setNsPrefixes(of(iris));
    }

    public static void apply(Model m, Iris iris) {
        m.setNsPrefixes(of(iris));
    }
}
