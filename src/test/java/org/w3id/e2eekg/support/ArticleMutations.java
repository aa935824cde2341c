package org.w3id.e2eekg.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random, reproducible damage to an article's bytes, for property tests of the loader: each
 * mutation is a function of the bytes and a seeded {@link Random}, so a failing case is
 * replayed from its seed alone. Written here rather than taken from a property-testing
 * library: jqwik, the usual one on the JVM, asks since version 1.10 not to be used by AI
 * coding agents, which write this project (see the README).
 */
public final class ArticleMutations {

    /** One kind of damage; {@code html} is true when the result is meant to be read as a web page. */
    public record Mutation(String name, boolean html, Mutator mutator) {}

    /** Turns bytes into other bytes. */
    @FunctionalInterface
    public interface Mutator {
        byte[] apply(byte[] bytes, Random random);
    }

    /** Every kind of damage. */
    public static final List<Mutation> ALL = List.of(
            new Mutation("truncate", false, ArticleMutations::truncate),
            new Mutation("flip bytes", false, ArticleMutations::flipBytes),
            new Mutation("random unicode", false, ArticleMutations::randomUnicode),
            new Mutation("invisible and control characters", false, ArticleMutations::invisibles),
            new Mutation("huge line", false, ArticleMutations::hugeLine),
            new Mutation("CR and CRLF line ends", false, ArticleMutations::lineEnds),
            new Mutation("duplicated and dropped lines", false, ArticleMutations::reorderLines),
            new Mutation("random bytes", false, (b, r) -> randomBytes(r)),
            new Mutation("binary header", false, ArticleMutations::binaryHeader),
            new Mutation("HTML page around it", true, ArticleMutations::htmlPage));

    private ArticleMutations() {}

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] truncate(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        for (int i = 1 + random.nextInt(20); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    static byte[] randomUnicode(byte[] bytes, Random random) {
        StringBuilder sb = new StringBuilder(text(bytes));
        for (int i = 1 + random.nextInt(30); i > 0; i--) {
            int cp;
            do {
                cp = random.nextInt(0x30000);
            } while (Character.isSurrogate((char) cp) && cp < 0x10000);
            sb.insert(random.nextInt(sb.length() + 1), Character.toChars(cp));
        }
        return bytes(sb.toString());
    }

    static byte[] invisibles(byte[] bytes, Random random) {
        String[] marks = {"\u200B", "\u200E", "\u200F", "\u00AD", "\uFEFF", "\u2066", "\u2069", "\u00A0", "\u0007", "\u001B",
                "\u000B", "\f", "\u2028", "\u2029", "\u0085"};
        StringBuilder sb = new StringBuilder(text(bytes));
        for (int i = 1 + random.nextInt(60); i > 0; i--) {
            sb.insert(random.nextInt(sb.length() + 1), marks[random.nextInt(marks.length)]);
        }
        return bytes(sb.toString());
    }

    /** A line of some thousands of the article's own words, without punctuation, somewhere in it. */
    static byte[] hugeLine(byte[] bytes, Random random) {
        String text = text(bytes);
        String[] words = text.split("[^\\p{L}\\p{Nd}]+");
        StringBuilder line = new StringBuilder("\n");
        for (int i = 1000 + random.nextInt(4000); i > 0; i--) {
            line.append(words[random.nextInt(words.length)]).append(' ');
        }
        int at = text.isEmpty() ? 0 : text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
        return bytes(text.substring(0, at) + line + "\n" + text.substring(at));
    }

    static byte[] lineEnds(byte[] bytes, Random random) {
        return bytes(text(bytes).replace("\n", random.nextBoolean() ? "\r" : "\r\n"));
    }

    static byte[] reorderLines(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(List.of(text(bytes).split("\n", -1)));
        for (int i = 1 + random.nextInt(8); i > 0 && !lines.isEmpty(); i--) {
            int k = random.nextInt(lines.size());
            if (random.nextBoolean()) {
                lines.add(random.nextInt(lines.size() + 1), lines.get(k));
            } else {
                lines.remove(k);
            }
        }
        return bytes(String.join("\n", lines));
    }

    static byte[] randomBytes(Random random) {
        byte[] out = new byte[random.nextInt(2000)];
        random.nextBytes(out);
        return out;
    }

    static byte[] binaryHeader(byte[] bytes, Random random) {
        String[] headers = {"%PDF-1.7\n", "{\\rtf1\\ansi ", "%!PS-Adobe-3.0\n", "PK\u0003\u0004", "GIF89a", "<?xml version=\"1.0\"?>\n"};
        byte[] header = bytes(headers[random.nextInt(headers.length)]);
        byte[] out = Arrays.copyOf(header, header.length + bytes.length);
        System.arraycopy(bytes, 0, out, header.length, bytes.length);
        return out;
    }

    /** The article's lines as the paragraphs of a page with navigation, a banner and an advertisement. */
    static byte[] htmlPage(byte[] bytes, Random random) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Story</title>");
        if (random.nextBoolean()) {
            page.append("<meta property=\"article:published_time\" content=\"2020-02-0").append(1 + random.nextInt(9))
                    .append("T10:00:00Z\"><link rel=\"canonical\" href=\"https://example.org/s/").append(random.nextInt(100))
                    .append("\">");
        }
        page.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/tech\">Tech</a></nav>")
                .append("<div class=\"cookie-banner\">We use cookies. Accept all</div><article>");
        for (String line : text(bytes).split("\n")) {
            if (!line.isBlank()) {
                page.append(random.nextInt(10) == 0 ? "<div class=\"ad\">Advertisement</div>" : "")
                        .append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        return bytes(page.append("</article><footer>Privacy Policy</footer></body></html>").toString());
    }
}
