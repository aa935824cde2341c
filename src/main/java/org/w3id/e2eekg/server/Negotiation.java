package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation: picks, from the media types a resource offers (in order of
 * preference), the one the request's {@code Accept} header likes best. A {@code format}
 * query parameter ({@code ?format=ttl}) overrides the header, so that a link in a web page
 * can ask for one format.
 *
 * <p>No {@code Accept} header, or {@code *}{@code /*}, gets the first offer. An
 * {@code Accept} header that matches no offer, or only with {@code q=0}, gets empty (the
 * caller answers 406). Jena's {@link AcceptList} parses the header; the choice is made
 * here because Jena's own match takes {@code q=0} for a match.
 */
final class Negotiation {
    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    static final String RDFXML = "application/rdf+xml";
    static final String TRIG = "application/trig";
    static final String JSON = "application/json";
    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String SPARQL_XML = "application/sparql-results+xml";
    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";

    /** Short names for {@code ?format=}. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("ttl", TURTLE), Map.entry("turtle", TURTLE),
            Map.entry("jsonld", JSONLD), Map.entry("json-ld", JSONLD), Map.entry("nt", NTRIPLES),
            Map.entry("ntriples", NTRIPLES), Map.entry("rdf", RDFXML), Map.entry("rdfxml", RDFXML),
            Map.entry("xml", SPARQL_XML), Map.entry("json", SPARQL_JSON), Map.entry("csv", CSV),
            Map.entry("tsv", TSV), Map.entry("trig", TRIG));

    private Negotiation() {}

    /** The offer that best fits the request. */
    static Optional<String> choose(HttpServletRequest request, List<String> offers) {
        String format = request.getParameter("format");
        if (format != null) {
            String wanted = FORMATS.getOrDefault(format.toLowerCase(java.util.Locale.ROOT), format);
            return offers.stream().filter(o -> o.equals(wanted)).findFirst()
                    .or(() -> offers.contains(SPARQL_JSON) && wanted.equals(JSON) ? Optional.of(SPARQL_JSON) : Optional.empty());
        }
        return choose(request.getHeader("Accept"), offers);
    }

    /**
     * The offer with the highest quality in {@code accept}, the earlier offer on a tie. Each
     * offer takes the quality of the most specific range that matches it ({@code text/html}
     * before {@code text/*} before {@code *}{@code /*}), as HTTP says; {@code q=0} means
     * "not this", so {@code text/html;q=0} never gets HTML.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException e) {
            // an unparsable Accept header is treated as no header
            return Optional.of(offers.get(0));
        }
        String best = null;
        double bestQuality = 0;
        for (String offer : offers) {
            double q = quality(ranges, MediaType.create(offer));
            if (q > bestQuality) {
                best = offer;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, MediaType offer) {
        double quality = 0;
        int specificity = -1;
        for (MediaRange range : ranges) {
            int s = ("*".equals(range.getType()) ? 0 : 2) + ("*".equals(range.getSubType()) ? 0 : 1);
            if (range.accepts(offer) && s > specificity) {
                specificity = s;
                quality = range.get_q();
            }
        }
        return quality;
    }
}
