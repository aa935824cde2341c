package org.w3id.e2eekg.extract.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The dependency parse of one sentence: for each token its Penn Treebank tag, lemma, head
 * (a token position, or -1 for the root) and the ClearNLP label of the arc to its head
 * ({@code nsubj}, {@code dobj}, {@code xcomp}, {@code ccomp}, {@code prep}, {@code pobj},
 * {@code conj}, {@code appos}, {@code relcl}, {@code neg} ...). Positions are the same as
 * the sentence's token positions. Immutable.
 */
public final class DependencyTree {
    /** The parse of a sentence without tokens. */
    public static final DependencyTree EMPTY = new DependencyTree(List.of(), new String[0], new String[0], new int[0],
            new String[0], new boolean[0]);

    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj", "expl");
    private static final Set<String> PASSIVE_SUBJECTS = Set.of("nsubjpass", "csubjpass");

    private final List<String> words;
    private final String[] tags;
    private final String[] lemmas;
    private final int[] heads;
    private final String[] labels;
    private final boolean[] negated;
    private final List<List<Integer>> children;

    DependencyTree(List<String> words, String[] tags, String[] lemmas, int[] heads, String[] labels, boolean[] negated) {
        this.words = words;
        this.tags = tags.clone();
        this.lemmas = lemmas.clone();
        this.heads = heads.clone();
        this.labels = labels.clone();
        this.negated = negated.clone();
        List<List<Integer>> kids = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < words.size(); i++) {
            if (heads[i] >= 0) {
                kids.get(heads[i]).add(i);
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            kids.set(i, List.copyOf(kids.get(i)));
        }
        this.children = List.copyOf(kids);
    }

    public int size() {
        return words.size();
    }

    public String word(int i) {
        return words.get(i);
    }

    /** Penn Treebank tag: VBD, NN, NNP, JJ ... */
    public String tag(int i) {
        return tags[i];
    }

    /** Lower-case lemma: "urge" for "urged", "encryption" for "encryption". */
    public String lemma(int i) {
        return lemmas[i];
    }

    /** Position of the head of token i, or -1 for the root. */
    public int head(int i) {
        return heads[i];
    }

    public String label(int i) {
        return labels[i];
    }

    /** Whether a negative contraction of the sentence ("won't", "can't") negates token i. */
    public boolean negated(int i) {
        return negated[i];
    }

    /** An adjective or noun before its head that describes it (NLP4J labels both nmod; others amod). */
    public boolean isModifier(int i) {
        return (labels[i].equals("amod") || labels[i].equals("nmod")) && heads[i] > i;
    }

    public boolean is(int i, String label) {
        return labels[i].equals(label);
    }

    /** Positions of the dependents of token i, in order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Dependents of token i with one of the labels. */
    public List<Integer> children(int i, Set<String> labelSet) {
        List<Integer> out = new ArrayList<>();
        for (int k : children.get(i)) {
            if (labelSet.contains(labels[k])) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first dependent of token i with the label, or -1. */
    public int child(int i, String label) {
        for (int k : children.get(i)) {
            if (labels[k].equals(label)) {
                return k;
            }
        }
        return -1;
    }

    /** Position of the root, or -1 for an empty sentence. */
    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    public boolean isVerb(int i) {
        return tags[i].startsWith("VB") || tags[i].equals("MD");
    }

    public boolean isNoun(int i) {
        return tags[i].startsWith("NN") || tags[i].equals("PRP");
    }

    /** The active subject of a predicate (nsubj, csubj), or -1. */
    public int subject(int predicate) {
        for (int k : children.get(predicate)) {
            if (SUBJECTS.contains(labels[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The subject of a passive predicate (nsubjpass), or -1. */
    public int passiveSubject(int predicate) {
        for (int k : children.get(predicate)) {
            if (PASSIVE_SUBJECTS.contains(labels[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token i lies inside the subtree of token top (top included). */
    public boolean dominates(int top, int i) {
        for (int k = i; k >= 0; k = heads[k]) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }

    /** The smallest [from, to) that holds token i and everything below it. */
    public int[] span(int i) {
        int[] span = {i, i + 1};
        extend(i, span);
        return span;
    }

    private void extend(int i, int[] span) {
        for (int k : children.get(i)) {
            span[0] = Math.min(span[0], k);
            span[1] = Math.max(span[1], k + 1);
            extend(k, span);
        }
    }

    /** The conjuncts coordinated with token i ("X, Y and Z": Y and Z for X), following conj arcs down. */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k : children(i, Set.of("conj"))) {
            out.add(k);
            out.addAll(conjuncts(k));
        }
        return out;
    }

    /** The first token of a coordination that token i belongs to: itself unless it is a conj. */
    public int coordinationHead(int i) {
        int k = i;
        while (k >= 0 && labels[k].equals("conj") && heads[k] >= 0) {
            k = heads[k];
        }
        return k;
    }

    /** The parse as CoNLL-like lines, for debugging output. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i).append('\t').append(words.get(i)).append('\t').append(tags[i]).append('\t')
                    .append(heads[i]).append('\t').append(labels[i]).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyTree t && words.equals(t.words) && Arrays.equals(tags, t.tags)
                && Arrays.equals(heads, t.heads) && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return words.hashCode() * 31 + Arrays.hashCode(heads);
    }
}
