package org.w3id.e2eekg.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article id, used in every IRI minted for an article, as a function of its file name
 * alone: the same file loaded from any folder gets the same id, so reloading it replaces its
 * graph.
 *
 * <p>A name that is already a slug (lower-case ASCII letters and digits in runs joined by
 * single {@code -} or {@code _}) is its own id, with {@code _} written {@code -}:
 * {@code 000_4633c21910299fa8.txt} is {@code 000-4633c21910299fa8}. Any other name is made
 * into a slug (accents dropped, everything but letters and digits a hyphen) and gets a short
 * digest of the exact name after it, because the slug alone would lose what tells names
 * apart: {@code Dev One.txt} is {@code dev-one-} plus 8 hex digits, and {@code 日本.txt} and
 * {@code 中国.txt} are {@code article-} plus two different digests.
 *
 * <p>The extension is not part of the id: {@code page.html} and {@code page.txt} are taken to
 * be one article, and two names that still meet on one id ({@code dev_one.txt} and
 * {@code dev-one.txt}, or a digest collision) are refused by the loader rather than
 * written over one another.
 */
public final class ArticleIds {
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int DIGEST_HEX_DIGITS = 8;

    private ArticleIds() {}

    /** The id of the article in the file called {@code fileName} (no directories). */
    public static String of(String fileName) {
        String stem = stem(Normalizer.normalize(fileName, Normalizer.Form.NFC));
        if (PLAIN.matcher(stem).matches()) {
            return stem.replace('_', '-');
        }
        String ascii = MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "article" : slug) + "-" + digest(stem);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String digest(String s) {
        return Sha256.hex(s.getBytes(StandardCharsets.UTF_8)).substring(0, DIGEST_HEX_DIGITS);
    }
}
