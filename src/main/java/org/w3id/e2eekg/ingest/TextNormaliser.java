package org.w3id.e2eekg.ingest;

import java.text.Normalizer;

/**
 * Makes decoded text uniform before anything reads it, so that what a reader cannot see
 * cannot split a name or a sentence:
 * <ul>
 *   <li>line ends: CR LF and a lone CR become LF; so do the line separators that are not
 *       LF (form feed, vertical tab, NEL, U+2028), and U+2029 (paragraph separator) becomes
 *       a blank line;</li>
 *   <li>invisible format characters (Unicode category Cf: zero-width spaces and joiners,
 *       bidirectional marks and isolates, the soft hyphen, byte order marks) and control
 *       characters other than tab and LF are removed;</li>
 *   <li>spaces of every width (no-break, thin, ideographic...) become a plain space;</li>
 *   <li>the result is in Unicode normalisation form C, so a letter with an accent is one
 *       code point however it was typed.</li>
 * </ul>
 *
 * <p>The graph stores the normalised text and every offset counts into it, so the offsets
 * stay true to what a user reads back; the {@code e2k:sha256} of an article is still the
 * digest of the file's own bytes. Trade-off: text in scripts that need the zero-width
 * joiners to render correctly (Persian, some Indic scripts) loses them; the extraction
 * reads English, where they only ever split words.
 */
public final class TextNormaliser {
    private TextNormaliser() {}

    /** The normalised text. One pass, then NFC (itself linear); returns {@code text} when nothing changes. */
    public static String normalise(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(replacement);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
        }
        String cleaned = out == null ? text : out.toString();
        return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /** What replaces {@code c}: null to keep it, "" to drop it. */
    private static String replacement(char c) {
        if (c == '\n' || c == '\t' || c == ' ') {
            return null;
        }
        switch (c) {
            case '\r', '\u000B', '\f', '\u0085', '\u2028':
                return "\n";
            case '\u2029':
                return "\n\n";
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return null; // pairs are kept whole; a lone surrogate cannot come out of a strict decoder
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL -> "";
            case Character.SPACE_SEPARATOR -> " ";
            default -> null;
        };
    }
}
