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
import org.apache.jena.vocabulary.RDFS;
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
    private static final List<String> OFFERS = offers();

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

    private static List<String> offers() {
        List<String> o = new ArrayList<>(RdfOutput.TYPES);
        o.add(Negotiation.HTML);
        o.add("application/xhtml+xml");
        return List.copyOf(o);
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
                describe(iri, type.get(), response);
            }
        });
    }

    private void describe(String iri, String mediaType, HttpServletResponse response) throws IOException {
        Optional<String> type = Optional.of(mediaType);
        boolean html = type.get().equals(Negotiation.HTML) || type.get().equals("application/xhtml+xml");
        try {
            Model description = describer.describe(iri, true);
            Model terms = isOntology(iri) ? describer.terms(iri + "#", iris.ontologyGraph()) : null;
            if (description.isEmpty() && (terms == null || terms.isEmpty())) {
                ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "Not found: <" + iri + "> is not in the graph.");
                return;
            }
            if (terms != null) {
                description.add(terms);
            }
            if (!html) {
                rdf.write(description, type.get(), response);
                return;
            }
            List<ResourcePage.Extra> extras = new ArrayList<>();
            if (terms != null) {
                extras.add(new ResourcePage.Extra("Terms", termList(description, iri + "#")));
            }
            if (iri.startsWith(iris.root() + "graph/")) {
                String get = "/kg/get?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
                extras.add(new ResourcePage.Extra("Content", "<p>" + Html.link(get, "The triples of this graph")
                        + " (Graph Store Protocol; Turtle, N-Triples, JSON-LD or RDF/XML by content negotiation).</p>"));
            }
            ServletSupport.html(response, page.render(iri, description, describer.evidence(iri), extras));
        } catch (QueryCancelledException e) {
            ServletSupport.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The description took too long.");
        }
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
