package org.w3id.e2eekg.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits text into word, number, punctuation and symbol tokens with their offsets.
 *
 * <p>Kept deliberately small: dotted abbreviations (U.S.) and site names (Amazon.com) stay whole, numbers keep their
 * grouping and a magnitude suffix (2,500; 20.3m), hyphenated and apostrophe words stay whole
 * (end-to-end, won't), and a possessive {@code 's} becomes its own token so that
 * "Facebook's" names Facebook. A hyphen or en dash typed with spaces round it inside a line
 * becomes the em dash it stands for.
 *
 * <p>The English it knows comes from the lexicon: the magnitude suffixes a number may carry
 * ({@code lex:magnitudeSuffixes}) and the endings that make the word after a name's hyphen
 * an adjective ({@code lex:adjectivalParticipleEndings}: "Facebook-owned"). Immutable and
 * thread-safe.
 */
public final class Tokenizer {
    private static final String EM_DASH = "\u2014";
    private final Pattern token;
    private final List<String> participleEndings;

    /**
     * @param magnitudeSuffixes what may follow a number's digits in the same token ("20.3m", "5bn")
     * @param participleEndings endings of a word that, after a capitalised word and a hyphen, is an adjective of its own
     */
    public Tokenizer(Collection<String> magnitudeSuffixes, Collection<String> participleEndings) {
        String suffixes = magnitudeSuffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
        this.token = Pattern.compile(
                "(?<abbr>(?:\\p{Lu}\\.){2,})"
                + "|(?<site>\\p{L}[\\p{L}\\p{Nd}]*(?:\\.\\p{Ll}{2,4})+(?![\\p{L}\\p{Nd}]))"
                + "|(?<num>\\d+(?:[.,]\\d+)*(?:" + suffixes + ")?(?![\\p{L}\\d]))"
                + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*(?:[-'\u2019&][\\p{L}\\p{M}\\p{Nd}]+)*)"
                + "|(?<sym>[£$€%&+#@/])"
                + "|(?<punct>[^\\s\\p{L}\\p{Nd}])");
        this.participleEndings = List.copyOf(participleEndings);
    }

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = token.matcher(text);
        m.region(from, to);
        while (m.find()) {
            String raw = m.group();
            int start = m.start();
            if (m.group("word") != null) {
                addWord(out, raw, start);
            } else {
                Token.Type type = m.group("num") != null ? Token.Type.NUMBER
                        : m.group("abbr") != null || m.group("site") != null ? Token.Type.WORD
                        : m.group("sym") != null ? Token.Type.SYMBOL : Token.Type.PUNCT;
                String text1 = spacedDash(text, raw, start, m.end(), out.isEmpty()) ? EM_DASH : normalise(raw);
                out.add(new Token(out.size(), text1, start, m.end(), type));
            }
        }
        return out;
    }

    private void addWord(List<Token> out, String raw, int start) {
        String w = normalise(raw);
        // "Facebook-owned", "Delhi-based": a name and an adjective
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && Character.isUpperCase(w.charAt(0)) && hyphen + 1 < w.length()
                && Character.isLowerCase(w.charAt(hyphen + 1)) && participleEndings.stream().anyMatch(w::endsWith)
                && w.indexOf('-') == hyphen) {
            out.add(new Token(out.size(), w.substring(0, hyphen), start, start + hyphen, Token.Type.WORD));
            out.add(new Token(out.size(), "-", start + hyphen, start + hyphen + 1, Token.Type.PUNCT));
            out.add(new Token(out.size(), w.substring(hyphen + 1), start + hyphen + 1, start + raw.length(), Token.Type.WORD));
            return;
        }
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
            int cut = w.length() - 2;
            out.add(new Token(out.size(), w.substring(0, cut), start, start + cut, Token.Type.WORD));
            out.add(new Token(out.size(), "'s", start + cut, start + raw.length(), Token.Type.WORD));
            return;
        }
        out.add(new Token(out.size(), w, start, start + raw.length(), Token.Type.WORD));
    }

    /**
     * A hyphen or en dash with a space on each side, inside a line ("the Five Eyes - the US, the
     * UK and Canada - agreed"), is a dash as typed without an em dash key; at the start of a
     * line it is a list bullet.
     */
    private static boolean spacedDash(String text, String raw, int start, int end, boolean first) {
        return !first && (raw.equals("-") || raw.equals("\u2013")) && start > 0 && end < text.length()
                && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t') && Character.isWhitespace(text.charAt(end));
    }

    private static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
