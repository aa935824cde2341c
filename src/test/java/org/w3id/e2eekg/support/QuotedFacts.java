package org.w3id.e2eekg.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.fact.FactListing;

/**
 * An article's facts as {@link FactListing} prints them, with every evidence span
 * ({@code @start-end}, code points into the body) replaced by the words it points at: so
 * two texts laid out differently (a page and its plain text) compare equal when they give
 * the same facts from the same sentences.
 */
public final class QuotedFacts {
    private static final Pattern SPAN = Pattern.compile("@(\\d+)-(\\d+)");

    private QuotedFacts() {}

    public static List<String> of(ArticleFacts facts) {
        String body = facts.article().body();
        return FactListing.lines(facts).stream().map(line -> quote(line, body)).sorted().toList();
    }

    private static String quote(String line, String body) {
        Matcher m = SPAN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int start = body.offsetByCodePoints(0, Integer.parseInt(m.group(1)));
            int end = body.offsetByCodePoints(0, Integer.parseInt(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + body.substring(start, end) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
