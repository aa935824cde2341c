package org.w3id.e2eekg.extract.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.w3id.e2eekg.extract.text.Token;

/**
 * The words of one or more lexicon lists, for a rule to test tokens against: ignoring case
 * ({@link #matches}), as written ({@link #matchesAsWritten}), as word endings ({@link
 * #endsOneOf}) or stems ({@link #beginsOneOf}), or as phrases to look for in a text ({@link
 * #anyMatch}). Immutable.
 */
public final class WordSet {
    private final Set<String> written;
    private final Set<String> lower;

    private WordSet(Set<String> written) {
        this.written = Set.copyOf(written);
        Set<String> l = new HashSet<>();
        for (String w : written) {
            l.add(w.toLowerCase(Locale.ROOT));
        }
        this.lower = Set.copyOf(l);
    }

    /** The entries of the lists together. */
    public static WordSet of(Lexicon lexicon, String... lists) {
        Set<String> words = new HashSet<>();
        for (String list : lists) {
            words.addAll(lexicon.entries(list));
        }
        return new WordSet(words);
    }

    /** Whether the token is one of the words, ignoring case. */
    public boolean matches(Token t) {
        return lower.contains(t.lower());
    }

    /** Whether the token is one of the words exactly as the list writes it ("the", not "The"). */
    public boolean matchesAsWritten(Token t) {
        return written.contains(t.text());
    }

    /** Whether a word, already in lower case, is one of the words. */
    public boolean contains(String lowerCaseWord) {
        return lower.contains(lowerCaseWord);
    }

    /** Whether a word as written is one of the words as the list writes them. */
    public boolean containsAsWritten(String word) {
        return written.contains(word);
    }

    /** Whether the word ends with one of the entries, as they are written (for lists of word endings). */
    public boolean endsOneOf(String word) {
        for (String ending : written) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word begins with one of the entries, as they are written (for lists of stems). */
    public boolean beginsOneOf(String word) {
        for (String stem : written) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the entries, as written, occurs in the text ("Centre" in "Centre for Democracy"). */
    public boolean occursIn(String text) {
        return written.stream().anyMatch(text::contains);
    }

    /** Whether one of the entries, in lower case, passes the test ("is it in this text?"). */
    public boolean anyMatch(Predicate<String> test) {
        return lower.stream().anyMatch(test);
    }

    /** The words of both sets. */
    public WordSet or(WordSet other) {
        Set<String> both = new HashSet<>(written);
        both.addAll(other.written);
        return new WordSet(both);
    }

    @Override
    public String toString() {
        return written.toString();
    }
}
