package org.w3id.e2eekg.extract.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words a sentence is given to the parser as, and the way back to its tokens: a name of
 * several tokens becomes one proper noun, a negative contraction ("won't") its two Penn
 * Treebank words ("wo", "n't"). {@link #fold} turns the parse of these words into a tree on
 * the sentence's own tokens. Immutable.
 */
final class ParserInput {
    /** Stands for a name of several words: a common surname, which the models know as a proper noun. */
    private static final String NAME = "Smith";

    private final List<String> forms;
    /** for each parser word, the token it comes from */
    private final int[] tokenOf;
    /** for each token, the parser word that stands for it (the name, or the verb part of a contraction) */
    private final int[] wordOf;
    /** parser words that are the "n't" of a contraction */
    private final boolean[] negation;

    private ParserInput(List<String> forms, int[] tokenOf, int[] wordOf, boolean[] negation) {
        this.forms = List.copyOf(forms);
        this.tokenOf = tokenOf;
        this.wordOf = wordOf;
        this.negation = negation;
    }

    static ParserInput of(List<String> words, List<int[]> units) {
        int n = words.size();
        int[] unitEnd = new int[n];
        Arrays.fill(unitEnd, -1);
        for (int[] u : units) {
            if (u[1] - u[0] >= 2 && u[0] >= 0 && u[1] <= n) {
                unitEnd[u[0]] = u[1];
            }
        }
        List<String> forms = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        List<Boolean> negation = new ArrayList<>();
        int[] wordOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (unitEnd[i] > i) {
                for (int k = i; k < unitEnd[i]; k++) {
                    wordOf[k] = forms.size();
                }
                // the name's last word stands for it, not a full stop that closes an abbreviation ("Jr.")
                int last = unitEnd[i] - 1;
                while (last > i && !Character.isLetterOrDigit(words.get(last).charAt(0))) {
                    last--;
                }
                add(forms, tokenOf, negation, NAME, last, false);
                i = unitEnd[i] - 1;
                continue;
            }
            String w = words.get(i);
            String[] split = contraction(w);
            wordOf[i] = forms.size();
            if (split != null) {
                add(forms, tokenOf, negation, split[0], i, false);
                add(forms, tokenOf, negation, split[1], i, true);
            } else {
                add(forms, tokenOf, negation, DependencyParser.ptbForm(forms.isEmpty() ? sentenceCaseCompound(w) : w), i, false);
            }
        }
        boolean[] neg = new boolean[negation.size()];
        for (int k = 0; k < neg.length; k++) {
            neg[k] = negation.get(k);
        }
        return new ParserInput(forms, tokenOf.stream().mapToInt(Integer::intValue).toArray(), wordOf, neg);
    }

    /**
     * A hyphenated compound capitalised only because it starts the sentence ("End-to-end
     * encrypted services ...") in lower case: capitalised, the tagger takes it for a symbol.
     * Names with a capital after the hyphen ("Anti-Defamation") stay as they are.
     */
    static String sentenceCaseCompound(String word) {
        return SENTENCE_CASE_COMPOUND.matcher(word).matches() ? word.toLowerCase(java.util.Locale.ROOT) : word;
    }

    private static final java.util.regex.Pattern SENTENCE_CASE_COMPOUND =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)+");

    private static void add(List<String> forms, List<Integer> tokenOf, List<Boolean> negation, String form, int token,
                            boolean isNegation) {
        forms.add(form);
        tokenOf.add(token);
        negation.add(isNegation);
    }

    /** "won't" as "wo" + "n't", "cannot" as "can" + "not"; null for any other word. */
    static String[] contraction(String w) {
        String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.equals("cannot")) {
            return new String[] {w.substring(0, 3), "not"};
        }
        if (lower.length() > 3 && lower.endsWith("n't")) {
            return new String[] {w.substring(0, w.length() - 3), "n't"};
        }
        return null;
    }

    List<String> forms() {
        return forms;
    }

    /** The tree on the sentence's tokens from the parse of the words. */
    DependencyTree fold(List<String> words, String[] wordTags, String[] wordLemmas, int[] wordHeads, String[] wordLabels) {
        int n = words.size();
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        int[] heads = new int[n];
        String[] labels = new String[n];
        boolean[] negated = new boolean[n];
        for (int t = 0; t < n; t++) {
            int w = wordOf[t];
            boolean representative = tokenOf[w] == t;
            if (!representative) {
                // a word of a name other than its last: it hangs from the name's last word
                tags[t] = "NNP";
                lemmas[t] = words.get(t).toLowerCase(Locale.ROOT);
                heads[t] = tokenOf[w];
                labels[t] = "compound";
                continue;
            }
            tags[t] = wordTags[w];
            lemmas[t] = w + 1 < negation.length && negation[w + 1] ? wordLemmas[w] : wordLemmas[w];
            boolean name = !forms.get(w).equals(words.get(t)) && !forms.get(w).equals(DependencyParser.ptbForm(words.get(t)))
                    && contraction(words.get(t)) == null;
            if (name) {
                lemmas[t] = words.get(t).toLowerCase(Locale.ROOT);
            }
            heads[t] = wordHeads[w] < 0 ? -1 : tokenOf[wordHeads[w]];
            labels[t] = wordLabels[w];
            if (heads[t] == t) {
                heads[t] = -1;
            }
        }
        for (int w = 0; w < negation.length; w++) {
            if (negation[w] && wordHeads[w] >= 0) {
                negated[tokenOf[wordHeads[w]]] = true;
            }
        }
        return new DependencyTree(List.copyOf(words), tags, lemmas, heads, labels, negated);
    }
}
