package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.w3id.e2eekg.store.SearchIndex;

/**
 * Full-text search over the store's text index ({@link SearchIndex}): the words a person
 * types, escaped into a Lucene query (so no character has a meaning of Lucene's), run as
 * {@code text:query} by the bundled {@code search.rq} with the query bound as a value, in one
 * read transaction under the server's timeout. Hits are ranked by Lucene's score (BM25), one
 * per resource, and each carries the text it matched, marked up with {@code <mark>} by
 * Lucene's highlighter (which escapes the rest).
 *
 * <p>Trade-off: escaping gives up Lucene's syntax (phrases, wildcards, fields) in the search
 * box; the SPARQL endpoint's {@code text:query} offers all of it.
 */
final class Search {
    /** Longest query taken, in characters: enough for any name or phrase. */
    static final int MAX_QUERY = 200;
    private static final Query SEARCH = ResourceDescriber.load("search.rq");

    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final Analyzer analyzer = SearchIndex.analyzer();

    Search(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** A sentence's article: its IRI, label and date (empty when unknown). */
    record Source(String article, String label, String date, long start, long end) {}

    /**
     * One resource found.
     *
     * @param iri     the resource: an actor, document, article... or the quote of a sentence
     * @param score   Lucene's score; higher is better
     * @param text    the label, alias or sentence that matched
     * @param marked  the same, as HTML, with the matching words in {@code <mark>}
     * @param label   the resource's label, or empty
     * @param source  for a sentence, where it is
     */
    record Hit(String iri, double score, String text, String marked, String label, Optional<Source> source) {}

    /** The hits for what a person typed, best first; none for blank text. */
    List<Hit> find(String typed) {
        String words = typed.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.length() > MAX_QUERY) {
            words = words.substring(0, MAX_QUERY);
        }
        // lower case first: the analyser lower-cases anyway, and escaping leaves Lucene's AND, OR and NOT alone
        String lucene = QueryParserBase.escape(words.toLowerCase(Locale.ROOT));
        Node query = NodeFactory.createLiteralString(lucene);
        Highlighter highlighter = highlighter(lucene);
        return Txn.calculateRead(dataset, () -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dataset).query(SEARCH).substitution("query", query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                qe.select().forEachRemaining(row -> hits.add(hit(row, highlighter)));
            }
            return hits;
        });
    }

    private Hit hit(Binding row, Highlighter highlighter) {
        String text = ResourceDescriber.lexical(row, "text");
        Optional<Source> source = row.contains("article")
                ? Optional.of(new Source(row.get("article").getURI(), ResourceDescriber.lexical(row, "articleLabel"), ResourceDescriber.lexical(row, "articleDate"),
                ResourceDescriber.number(row, "start"), ResourceDescriber.number(row, "end")))
                : Optional.empty();
        return new Hit(row.get("hit").getURI(), ((Number) row.get("score").getLiteralValue()).doubleValue(), text,
                mark(highlighter, text), ResourceDescriber.lexical(row, "label"), source);
    }

    private Highlighter highlighter(String lucene) {
        try {
            org.apache.lucene.search.Query parsed = new QueryParser("text", analyzer).parse(lucene);
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                    new QueryScorer(parsed));
            h.setTextFragmenter(new NullFragmenter());
            return h;
        } catch (ParseException e) {
            // an escaped query always parses; without a highlighter the text is shown unmarked
            return null;
        }
    }

    /** {@code text} as HTML with the query's words marked; escaped in every case. */
    private String mark(Highlighter highlighter, String text) {
        if (highlighter != null) {
            try {
                String marked = highlighter.getBestFragment(analyzer, "text", text);
                if (marked != null) {
                    return marked;
                }
            } catch (java.io.IOException | InvalidTokenOffsetsException e) {
                // fall through: unmarked
            }
        }
        return Html.text(text);
    }
}
