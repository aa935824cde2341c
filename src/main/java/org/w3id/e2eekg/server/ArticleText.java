package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of an article as HTML, with the sentences the facts come from highlighted: each
 * run of evidence is a {@code <mark>}, and each piece of evidence has an anchor
 * ({@link #anchor}) at its start, so a link can point at one sentence
 * ({@code /id/article/x#s120-245}). Offsets are Unicode code points of the article's
 * {@code schema:text}, as the graph's position selectors count them; overlapping pieces share
 * one mark. Everything from the text is escaped.
 *
 * <p>Trade-off: the text keeps its line breaks ({@code white-space: pre-wrap}) instead of
 * being cut into paragraphs, so a mark may run over a paragraph break and the HTML stays valid.
 */
final class ArticleText {
    private ArticleText() {}

    /** The id of a sentence's anchor in the article's page: {@code s120-245} for code points 120 to 245. */
    static String anchor(long start, long end) {
        return "s" + start + "-" + end;
    }

    /** {@code text} with the spans ([start, end] in code points) marked; spans out of range are left out. */
    static String html(String text, List<long[]> spans) {
        int[] cps = text.codePoints().toArray();
        List<long[]> sorted = new ArrayList<>(spans.stream().filter(s -> s[0] >= 0 && s[0] < s[1] && s[1] <= cps.length).toList());
        sorted.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
        StringBuilder b = new StringBuilder("<div class=\"text\">");
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            long start = sorted.get(i)[0];
            long end = sorted.get(i)[1];
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1)[0] < end) {
                end = Math.max(end, sorted.get(++j)[1]);
            }
            b.append(Html.text(new String(cps, at, (int) start - at)));
            b.append("<mark>");
            int inside = (int) start;
            for (int k = i; k <= j; k++) {
                long[] s = sorted.get(k);
                b.append(Html.text(new String(cps, inside, (int) s[0] - inside)));
                inside = (int) s[0];
                b.append("<span id=\"").append(anchor(s[0], s[1])).append("\"></span>");
            }
            b.append(Html.text(new String(cps, inside, (int) end - inside))).append("</mark>");
            at = (int) end;
            i = j + 1;
        }
        return b.append(Html.text(new String(cps, at, cps.length - at))).append("</div>").toString();
    }
}
