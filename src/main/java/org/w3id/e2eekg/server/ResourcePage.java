package org.w3id.e2eekg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The readable page of one resource: its label and types, the facts about it each with the
 * sentences it was extracted from, its other properties, and the nodes that link to it.
 * Every IRI under the root links to its page on this server; everything from the data is
 * escaped ({@link Html}).
 *
 * <p>Trade-off: the page is built from the same description the RDF formats give (plus
 * the evidence), so what a person reads and what a machine reads agree; the price is that
 * long values (an article's text) are folded rather than left out.
 */
final class ResourcePage {
    private static final int FOLD_ABOVE = 400;
    private static final java.util.Set<org.apache.jena.rdf.model.Property> REIFICATION = java.util.Set.of(RDF.subject, RDF.object,
            org.apache.jena.vocabulary.ORG.member);

    private final LocalPaths paths;
    private final PrefixMapping prefixes;

    ResourcePage(LocalPaths paths, PrefixMapping prefixes) {
        this.paths = paths;
        this.prefixes = prefixes;
    }

    /** Extra content, already HTML: under its heading after the facts, or at the top (below the title) without one. */
    record Extra(String heading, String html) {}

    String render(String iri, Model m, List<ResourceDescriber.Evidence> evidence, List<Extra> extras) {
        Resource r = m.createResource(iri);
        String title = label(r).orElse(shortName(iri));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(title)).append("</h1>\n");
        b.append("<div class=\"iri\">").append(Html.text(iri)).append("</div>\n");
        List<RDFNode> types = m.listObjectsOfProperty(r, RDF.type).toList();
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            types.stream().sorted(Comparator.comparing(this::display)).forEach(t -> b.append(node(t)).append(' '));
            b.append("</p>\n");
        }
        m.listObjectsOfProperty(r, RDFS.comment).toList().stream().filter(RDFNode::isLiteral).findFirst()
                .ifPresent(c -> b.append("<p>").append(Html.text(c.asLiteral().getLexicalForm())).append("</p>\n"));
        extras.stream().filter(e -> e.heading().isEmpty()).forEach(e -> b.append(e.html()).append('\n'));
        b.append(formats());
        b.append(explorerLink(iri));
        facts(b, r, evidence);
        for (Extra e : extras) {
            if (!e.heading().isEmpty()) {
                b.append("<h2>").append(Html.text(e.heading())).append("</h2>\n").append(e.html()).append('\n');
            }
        }
        properties(b, m, r);
        incoming(b, m, r);
        String head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">"
                + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">";
        return Html.page(title, head, b.toString());
    }

    private static String formats() {
        return "<p>This description as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, "
                + "<a href=\"?format=nt\">N-Triples</a>, <a href=\"?format=rdf\">RDF/XML</a>.</p>\n";
    }

    /** A link to the resource's neighbourhood on the explorer page. */
    private static String explorerLink(String iri) {
        String href = "/explore?focus=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        return "<p class=\"explore\">" + Html.link(href, "Explore its neighbourhood in the graph") + "</p>\n";
    }

    /**
     * Facts (statements about the resource) as sentences, grouped by property and value:
     * "NSPCC opposes end-to-end encryption — 2 sentences in 1 article", then each sentence
     * once (an article that repeats a paragraph gives it twice), linked to its place in its
     * article by the article's label and date.
     */
    private void facts(StringBuilder b, Resource r, List<ResourceDescriber.Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        Map<List<Node>, List<ResourceDescriber.Evidence>> byFact = new LinkedHashMap<>();
        for (ResourceDescriber.Evidence e : evidence) {
            byFact.computeIfAbsent(List.of(e.predicate(), e.object()), k -> new ArrayList<>()).add(e);
        }
        Model m = r.getModel();
        String subject = Html.text(label(r).orElse(shortName(r.getURI())));
        b.append("<h2>What the articles say</h2>\n<ul class=\"facts\">\n");
        byFact.forEach((fact, pieces) -> {
            long sentences = pieces.stream().map(ResourceDescriber.Evidence::evidence).distinct().count();
            long articles = pieces.stream().map(ResourceDescriber.Evidence::article).distinct().count();
            b.append("<li><p class=\"fact\"><strong>").append(subject).append(' ')
                    .append(Html.text(display(m.asRDFNode(fact.get(0))))).append(' ').append(node(m.asRDFNode(fact.get(1))))
                    .append("</strong> <span class=\"dt\">— ").append(count(sentences, "sentence")).append(" in ")
                    .append(count(articles, "article")).append("</span></p>\n");
            Map<String, List<ResourceDescriber.Evidence>> byText = new LinkedHashMap<>();
            pieces.forEach(e -> byText.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e));
            byText.forEach((text, places) -> {
                b.append("<blockquote>").append(Html.text(text)).append(" <small>— ");
                List<String> links = new ArrayList<>();
                for (ResourceDescriber.Evidence e : places) {
                    String where = (e.articleLabel().isEmpty() ? "the article" : e.articleLabel())
                            + (e.articleDate().isEmpty() ? "" : ", " + e.articleDate());
                    String link = Html.link(paths.href(e.article()) + "#" + ArticleText.anchor(e.start(), e.end()), where);
                    if (!links.contains(link)) {
                        links.add(link);
                    }
                }
                b.append(String.join("; ", links)).append("</small></blockquote>\n");
            });
            b.append("</li>\n");
        });
        b.append("</ul>\n");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void properties(StringBuilder b, Model m, Resource r) {
        Map<String, List<RDFNode>> byProperty = new TreeMap<>();
        Map<String, Statement> first = new LinkedHashMap<>();
        for (Statement s : m.listStatements(r, null, (RDFNode) null).toList()) {
            String key = display(s.getPredicate());
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(s.getObject());
            first.putIfAbsent(key, s);
        }
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<h2>Properties</h2>\n<table><tr><th>Property</th><th>Value</th></tr>\n");
        byProperty.forEach((key, values) -> {
            b.append("<tr><td class=\"p\">").append(node(first.get(key).getPredicate())).append("</td><td>");
            values.stream().sorted(Comparator.comparing(this::display))
                    .forEach(v -> b.append("<div>").append(node(v)).append("</div>"));
            b.append("</td></tr>\n");
        });
        b.append("</table>\n");
    }

    private void incoming(StringBuilder b, Model m, Resource r) {
        // the statements that name the resource as subject or object are shown as facts, with their sentences
        List<Statement> in = new ArrayList<>(m.listStatements(null, null, r).toList().stream()
                .filter(s -> !REIFICATION.contains(s.getPredicate())).toList());
        if (in.isEmpty()) {
            return;
        }
        in.sort(Comparator.comparing((Statement s) -> display(s.getPredicate())).thenComparing(s -> display(s.getSubject())));
        b.append("<h2>Linked from</h2>\n<table><tr><th>Resource</th><th>Property</th></tr>\n");
        for (Statement s : in) {
            b.append("<tr><td>").append(node(s.getSubject())).append("</td><td class=\"p\">")
                    .append(node(s.getPredicate())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** A node as HTML: a link with its label for an IRI, the escaped value for a literal. */
    String node(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            return Html.link(paths.href(iri), display(n));
        }
        if (n.isLiteral()) {
            String lex = n.asLiteral().getLexicalForm();
            String lang = n.asLiteral().getLanguage();
            String dt = n.asLiteral().getDatatypeURI();
            String suffix = !lang.isEmpty() ? " <span class=\"dt\">@" + Html.text(lang) + "</span>"
                    : dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || dt.equals(RDF.langString.getURI()) ? ""
                    : " <span class=\"dt\">" + Html.text(shortName(dt)) + "</span>";
            if (lex.length() > FOLD_ABOVE) {
                return "<details><summary class=\"lit\">" + Html.text(lex.substring(0, 200)) + "…</summary><div class=\"lit\">"
                        + Html.text(lex) + "</div></details>" + suffix;
            }
            return "<span class=\"lit\">" + Html.text(lex) + "</span>" + suffix;
        }
        return "<span class=\"lit\">[blank node]</span>";
    }

    /** The text shown for a node: its label, else its short name. */
    String display(RDFNode n) {
        if (n.isURIResource()) {
            return label(n.asResource()).orElse(shortName(n.asResource().getURI()));
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : "";
    }

    /** The label of a node in the description: English or untagged first, then the smallest. */
    static Optional<String> label(Resource r) {
        List<RDFNode> labels = new ArrayList<>(r.getModel().listObjectsOfProperty(r, RDFS.label).toList());
        labels.addAll(r.getModel().listObjectsOfProperty(r, SKOS.prefLabel).toList());
        return labels.stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .sorted(Comparator.comparing((org.apache.jena.rdf.model.Literal l) ->
                                l.getLanguage().isEmpty() || l.getLanguage().startsWith("en") ? 0 : 1)
                        .thenComparing(org.apache.jena.rdf.model.Literal::getLexicalForm))
                .map(org.apache.jena.rdf.model.Literal::getLexicalForm).findFirst();
    }

    private String shortName(String iri) {
        String q = prefixes.qnameFor(iri);
        return q != null ? q : prefixes.shortForm(iri);
    }
}
