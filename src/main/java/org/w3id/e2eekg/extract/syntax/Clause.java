package org.w3id.e2eekg.extract.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clause of a sentence: its subject region, the start of its predicate and its
 * sub-clauses. Token positions are sentence-local. The "window" of a clause is its
 * predicate up to its first sub-clause: the words whose polarity bears on its subject.
 *
 * <p>Immutable: {@link ClauseParser} builds a sentence's clauses and then freezes them into
 * a tree of these. Identity matters: stages that say something of a clause (who its subject
 * is) key it by the clause object.
 */
public final class Clause {
    /** How a clause hangs in its sentence. */
    public enum Kind {
        /** an independent clause */
        MAIN,
        /** what a reporting verb or an embedding noun introduces ("said that ...") */
        COMPLEMENT,
        /** ", urging him to ...": same subject as its parent */
        PARTICIPIAL,
        /** "... and expands ...": a second predicate of the same subject, or ", and X did" with its own */
        COORDINATE,
        /** ", who ...", ", which ...": its subject is the name before it */
        RELATIVE,
        /** "if ...", "unless ...": a condition, not an assertion */
        ADVERBIAL
    }

    /**
     * Tokens [from, to) set aside from a clause: an apposition, an aside, a leading adverbial.
     *
     * @param from first token
     * @param to   index after the last token
     */
    public record Range(int from, int to) {
        public boolean contains(int i) {
            return i >= from && i < to;
        }
    }

    private final Kind kind;
    private final int from;
    private final int to;
    private final int subjFrom;
    private final int subjTo;
    private final int predFrom;
    private final int windowTo;
    private final int governor;
    private final int speakerPronoun;
    private final boolean inheritsSubject;
    private final Clause parent;
    private final List<Range> parentheticals;
    private final List<Clause> children;

    /** Freezes a builder and everything below it; {@code built} maps the builders frozen so far, ancestors first. */
    Clause(ClauseBuilder b, Map<ClauseBuilder, Clause> built) {
        built.put(b, this);
        this.kind = b.kind;
        this.from = b.from;
        this.to = b.to;
        this.subjFrom = b.subjFrom;
        this.subjTo = b.subjTo;
        this.predFrom = b.predFrom;
        this.windowTo = b.windowTo;
        this.governor = b.governor;
        this.speakerPronoun = b.speakerPronoun;
        this.inheritsSubject = b.inheritsSubject;
        this.parent = b.parent == null ? null : built.get(b.parent);
        this.parentheticals = List.copyOf(b.parentheticals);
        List<Clause> kids = new ArrayList<>();
        for (ClauseBuilder child : b.children) {
            kids.add(new Clause(child, built));
        }
        this.children = List.copyOf(kids);
    }

    /**
     * A noun phrase at tokens [from, to) as the subject of a clause of its own, for reading
     * what a phrase refers to with the rules that resolve clause subjects.
     */
    public static Clause subjectPhrase(int from, int to) {
        ClauseBuilder b = new ClauseBuilder(Kind.MAIN, from, to);
        b.subjFrom = from;
        b.subjTo = to;
        b.predFrom = to;
        return b.build();
    }

    public Kind kind() {
        return kind;
    }

    /** The first token of the clause. */
    public int from() {
        return from;
    }

    /** The index after the clause's last token. */
    public int to() {
        return to;
    }

    /** The first token of the subject region. */
    public int subjFrom() {
        return subjFrom;
    }

    /** The index after the subject region; equal to {@link #subjFrom()} when the clause has no subject of its own. */
    public int subjTo() {
        return subjTo;
    }

    /** The first token of the predicate. */
    public int predFrom() {
        return predFrom;
    }

    /** The end of the window: the predicate up to its first sub-clause. */
    public int windowTo() {
        return windowTo;
    }

    /** For a complement: the reporting verb or embedding noun; for a relative: the last token of its antecedent; else -1. */
    public int governor() {
        return governor;
    }

    /** The position of "they" in ", they wrote," inside the clause, or -1. */
    public int speakerPronoun() {
        return speakerPronoun;
    }

    /** A coordinate clause without a subject of its own inherits its parent's. */
    public boolean inheritsSubject() {
        return inheritsSubject;
    }

    /** The clause this one hangs from, or null for a top clause. */
    public Clause parent() {
        return parent;
    }

    public List<Clause> children() {
        return children;
    }

    public List<Range> parentheticals() {
        return parentheticals;
    }

    public boolean inParenthetical(int i) {
        for (Range p : parentheticals) {
            if (p.contains(i)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasSubject() {
        return subjTo > subjFrom;
    }

    /** This clause and all clauses below it, depth first. */
    public List<Clause> all() {
        List<Clause> out = new ArrayList<>();
        out.add(this);
        for (Clause c : children) {
            out.addAll(c.all());
        }
        return out;
    }

    @Override
    public String toString() {
        return kind + "[" + from + "," + to + ") subj[" + subjFrom + "," + subjTo + ") pred@" + predFrom + " win->" + windowTo;
    }

    /** Freezes a tree of builders from its root. */
    static Clause freeze(ClauseBuilder root) {
        return new Clause(root, new IdentityHashMap<>());
    }
}
