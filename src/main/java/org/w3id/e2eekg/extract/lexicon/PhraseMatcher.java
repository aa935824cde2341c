package org.w3id.e2eekg.extract.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.extract.text.Tokenizer;

/**
 * Finds the longest lexicon phrase that starts at a token, comparing lower-cased token
 * texts. Phrases are tokenized with the article tokenizer so that "end-to-end encryption"
 * or "Barnardo's" match the tokens the text gives. Immutable and thread-safe.
 */
public final class PhraseMatcher {
    /**
     * A phrase found in the text.
     *
     * @param from  first token (index into the token list searched)
     * @param to    index after the last token
     * @param entry the lexicon entry as written
     * @param list  the word list it comes from
     */
    public record Match(int from, int to, String entry, String list) {}

    private record Phrase(String[] words, String entry, String list) {}

    private final Map<String, List<Phrase>> byFirst;

    private PhraseMatcher(Map<String, List<Phrase>> byFirst) {
        this.byFirst = byFirst;
    }

    /** A builder whose phrases are split into words by the tokenizer of the articles. */
    public static Builder builder(Tokenizer tokenizer) {
        return new Builder(tokenizer);
    }

    /** Collects phrases; longer phrases win when several start at the same token. */
    public static final class Builder {
        private final Map<String, List<Phrase>> byFirst = new HashMap<>();
        private final Tokenizer tokenizer;

        private Builder(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
        }

        /** Adds an entry, and for a multi-word one its hyphenated spelling too ("Attorney-General"). */
        public Builder add(String entry, String list) {
            addSpelling(entry, entry, list);
            if (entry.indexOf(' ') > 0 && entry.indexOf('-') < 0) {
                addSpelling(entry.replace(' ', '-'), entry, list);
            }
            return this;
        }

        private Builder addSpelling(String spelling, String entry, String list) {
            List<Token> toks = tokenizer.tokenize(spelling, 0, spelling.length());
            if (toks.isEmpty()) {
                return this;
            }
            String[] words = toks.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, entry, list));
            return this;
        }

        /** The matcher, with its own immutable copy of the phrases, longest first. */
        public PhraseMatcher build() {
            Map<String, List<Phrase>> sorted = new HashMap<>();
            for (Map.Entry<String, List<Phrase>> e : byFirst.entrySet()) {
                List<Phrase> l = new ArrayList<>(e.getValue());
                l.sort(Comparator.comparingInt((Phrase p) -> -p.words().length).thenComparing(Phrase::entry));
                sorted.put(e.getKey(), List.copyOf(l));
            }
            return new PhraseMatcher(Map.copyOf(sorted));
        }
    }

    /**
     * The longest phrase starting at {@code i}; among phrases of that length, one written
     * with the same capitals as the text ("president" over "President"). Null if none.
     */
    public Match at(List<Token> tokens, int i) {
        Match any = atIgnoringCase(tokens, i);
        if (any == null) {
            return null;
        }
        List<Phrase> candidates = byFirst.get(tokens.get(i).lower());
        int len = any.to() - any.from();
        for (Phrase p : candidates) {
            if (p.words().length == len && p.entry().equals(textOf(tokens, i, i + len))) {
                return new Match(i, i + len, p.entry(), p.list());
            }
        }
        return any;
    }

    private static String textOf(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && tokens.get(k - 1).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private Match atIgnoringCase(List<Token> tokens, int i) {
        List<Phrase> candidates = byFirst.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words().length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < p.words().length && ok; k++) {
                ok = tokens.get(i + k).lower().equals(p.words()[k]);
            }
            if (ok) {
                return new Match(i, i + p.words().length, p.entry(), p.list());
            }
        }
        return null;
    }

    /** All non-overlapping longest matches, left to right. */
    public List<Match> findAll(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match m = at(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
