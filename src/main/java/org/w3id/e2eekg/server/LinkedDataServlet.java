package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.graph.Iris;

/**
 * Dereferences the IRIs the graph mints: {@code GET /id/org/nspcc} describes
 * {@code <root>id/org/nspcc}. {@code text/html} gets a readable page ({@link ResourcePage});
 * Turtle, JSON-LD, N-Triples and RDF/XML get the description itself: the resource's own
 * triples from every graph, the labels of the nodes it links to, and the links to it. A
 * client that accepts anything gets Turtle. An IRI the store knows nothing of is 404.
 *
 * <p>Named graph IRIs ({@code /graph/...}) dereference the same way (the VoID graph
 * describes them) with a link to the graph's content. The ontology's IRI
 * ({@code /ontology}) is the document of its hash terms, so its description includes
 * every {@code e2k:} term and its page lists them with anchors ({@code /ontology#Person}).
 *
 * <p>Every page carries an entity tag and a date of the store's version ({@link StoreVersion}):
 * a client or cache asking again gets 304 until the store changes, without a description
 * being made.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final List<String> OFFERS = RdfOutput.TYPES_AND_HTML;
    /** The most triples a graph's page lists. */
    private static final int SHOWN_TRIPLES = 2000;

    private final transient ResourceDescriber describer;
    private final transient LocalPaths paths;
    private final transient ResourcePage page;
    private final transient RdfOutput rdf;
    private final transient Iris iris;
    private final transient StoreVersion versions;

    LinkedDataServlet(ResourceDescriber describer, Iris iris, ResourcePage page, StoreVersion versions) {
        this.describer = describer;
        this.versions = versions;
        this.iris = iris;
        this.paths = new LocalPaths(iris);
        this.page = page;
        this.rdf = new RdfOutput(iris);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        String iri = paths.iriOf(ServletSupport.rawPath(request));
        Optional<String> type = Negotiation.choose(request, OFFERS);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, OFFERS);
            return;
        }
        // one read transaction for the version and the page, so that the entity tag is the page's
        versions.inSnapshot(stamp -> {
            if (!StoreVersion.notModified(request, response, stamp.etag("page-" + type.get()), stamp)) {
                describe(iri, type.get(), request, response);
            }
        });
    }

    private void describe(String iri, String type, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean html = type.equals(Negotiation.HTML) || type.equals(Negotiation.XHTML);
        try {
            Model description = describer.describe(iri, true);
            Model terms = isOntology(iri) ? describer.terms(iri + "#", iris.ontologyGraph()) : null;
            if (description.isEmpty() && (terms == null || terms.isEmpty())) {
                ServletSupport.notFound(request, response, "Not found: <" + iri + "> is not in the graph.");
                return;
            }
            if (terms != null) {
                description.add(terms);
            }
            if (!html) {
                rdf.write(description, type, response);
                return;
            }
            List<ResourcePage.Extra> extras = new ArrayList<>();
            if (terms != null) {
                extras.add(new ResourcePage.Extra("Terms", termList(description, iri + "#")));
            }
            if (iri.startsWith(iris.root() + "graph/")) {
                extras.add(new ResourcePage.Extra("Download", downloads(iri)));
                extras.add(new ResourcePage.Extra("Content", graphContent(iri)));
            }
            Resource resource = description.createResource(iri);
            if (resource.hasProperty(RDF.type, E2K.Article)) {
                articlePage(resource, description, extras);
            }
            ServletSupport.html(response, page.render(iri, description, describer.evidence(iri), extras));
        } catch (QueryCancelledException e) {
            ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The description took too long.");
        }
    }

    /**
     * An article's page: its date, address and file at the top, the facts taken from it, and
     * its text with the evidence sentences marked (the text is taken out of the properties).
     */
    private void articlePage(Resource article, Model description, List<ResourcePage.Extra> extras) {
        StringBuilder lead = new StringBuilder("<p class=\"lead\">");
        article.listProperties(DCTerms.date).forEachRemaining(d -> lead.append("Published ")
                .append(Html.text(d.getObject().asLiteral().getLexicalForm())).append(". "));
        article.listProperties(SchemaDO.author).forEachRemaining(a -> lead.append("By ")
                .append(Html.text(a.getObject().isLiteral() ? a.getLiteral().getLexicalForm() : a.getObject().toString()))
                .append(". "));
        article.listProperties(SchemaDO.url).forEachRemaining(u -> lead.append("Source: ")
                .append(Html.link(u.getObject().toString(), u.getObject().toString())).append(". "));
        article.listProperties(E2K.sourceFile).forEachRemaining(f -> lead.append("Loaded from the file <code>")
                .append(Html.text(f.getObject().asLiteral().getLexicalForm())).append("</code>."));
        extras.add(0, new ResourcePage.Extra("", lead.append("</p>").toString()));
        List<ResourceDescriber.ArticleFact> facts = describer.articleFacts(article.getURI());
        if (!facts.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul class=\"facts\">\n");
            for (ResourceDescriber.ArticleFact f : facts) {
                list.append("<li>").append(Html.link(paths.href(f.subject().getURI()), orName(f.subjectLabel(), f.subject())))
                        .append(' ').append(Html.text(orName(f.predicateLabel(), f.predicate()))).append(' ')
                        .append(f.object().isURI() ? Html.link(paths.href(f.object().getURI()), orName(f.objectLabel(), f.object()))
                                : Html.text(f.object().getLiteralLexicalForm()))
                        .append(" <span class=\"dt\">— ").append(Html.link("#" + ArticleText.anchor(f.first(), f.firstEnd()),
                                f.sentences() + (f.sentences() == 1 ? " sentence" : " sentences"))).append("</span></li>\n");
            }
            extras.add(new ResourcePage.Extra("Facts taken from this article", list.append("</ul>").toString()));
        }
        List<Statement> text = article.listProperties(SchemaDO.text).toList();
        for (Statement t : text) {
            extras.add(new ResourcePage.Extra("Text, with the sentences the facts come from marked",
                    ArticleText.html(t.getObject().asLiteral().getLexicalForm(), describer.articleSpans(article.getURI()))));
        }
        description.remove(text);
    }

    private static String orName(String label, Node n) {
        if (!label.isEmpty()) {
            return label;
        }
        String iri = n.isURI() ? n.getURI() : n.toString();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** Links that download a named graph: the exports in each format, and the Graph Store read. */
    private static String downloads(String graph) {
        String g = URLEncoder.encode(graph, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("<p>");
        for (String format : List.of("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "dot", "cytoscape")) {
            b.append(Html.link("/export/" + format + "?graph=" + g, format)).append(' ');
        }
        return b.append("· ").append(Html.link("/kg/get?graph=" + g, "Graph Store Protocol"))
                .append(" (Turtle, N-Triples, JSON-LD or RDF/XML by content negotiation)</p>").toString();
    }

    /** The graph's triples as a table, sorted, up to {@value #SHOWN_TRIPLES}. */
    private String graphContent(String graph) {
        Model content = describer.graph(graph, SHOWN_TRIPLES + 1);
        List<Statement> triples = new ArrayList<>(content.listStatements().toList());
        triples.sort(Comparator.comparing((Statement t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        StringBuilder b = new StringBuilder();
        if (triples.size() > SHOWN_TRIPLES) {
            b.append("<p>The first ").append(SHOWN_TRIPLES).append(" triples; download the graph for all of them.</p>\n");
            triples = triples.subList(0, SHOWN_TRIPLES);
        }
        b.append("<table><tr><th>Subject</th><th>Property</th><th>Value</th></tr>\n");
        for (Statement t : triples) {
            b.append("<tr><td>").append(page.node(t.getSubject())).append("</td><td class=\"p\">")
                    .append(page.node(t.getPredicate())).append("</td><td>").append(page.node(t.getObject())).append("</td></tr>\n");
        }
        return b.append("</table>").toString();
    }

    private boolean isOntology(String iri) {
        return iri.equals(iris.root() + "ontology");
    }

    /** The terms of the namespace, each with an anchor named by its local name. */
    private String termList(Model m, String namespace) {
        List<Resource> terms = m.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(namespace))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        StringBuilder b = new StringBuilder("<table><tr><th>Term</th><th>Description</th></tr>\n");
        for (Resource t : terms) {
            String local = t.getURI().substring(namespace.length());
            String comment = m.listObjectsOfProperty(t, RDFS.comment).toList().stream().filter(RDFNode::isLiteral)
                    .map(n -> n.asLiteral().getLexicalForm()).findFirst().orElse("");
            b.append("<tr id=\"").append(Html.attr(local)).append("\"><td class=\"p\">").append(page.node(t))
                    .append("<div class=\"dt\">").append(Html.text(local)).append("</div></td><td>")
                    .append(Html.text(comment)).append("</td></tr>\n");
        }
        return b.append("</table>").toString();
    }
}
