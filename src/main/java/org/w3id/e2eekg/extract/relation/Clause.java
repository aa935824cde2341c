package org.w3id.e2eekg.extract.relation;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause of a sentence: its subject region, the start of its predicate and its
 * sub-clauses. Token positions are sentence-local. The "window" of a clause is its
 * predicate up to its first sub-clause: the words whose polarity bears on its subject.
 */
final class Clause {
    /** How a clause hangs in its sentence. */
    enum Kind {
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

    final Kind kind;
    final int from;
    final int to;
    int subjFrom;
    int subjTo;
    int predFrom;
    int windowTo;
    /** for a complement: the reporting verb or embedding noun; for a relative: the last token of its antecedent */
    int governor = -1;
    /** the position of "they" in ", they wrote," inside the clause, or -1 */
    int speakerPronoun = -1;
    /** a coordinate clause without a subject of its own inherits its parent's */
    boolean inheritsSubject;
    Clause parent;
    final List<Clause> children = new ArrayList<>();
    final List<int[]> parentheticals = new ArrayList<>();
    Agent agent;

    Clause(Kind kind, int from, int to) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.subjFrom = from;
        this.subjTo = from;
        this.predFrom = from;
        this.windowTo = to;
    }

    boolean inParenthetical(int i) {
        for (int[] p : parentheticals) {
            if (i >= p[0] && i < p[1]) {
                return true;
            }
        }
        return false;
    }

    boolean hasSubject() {
        return subjTo > subjFrom;
    }

    /** This clause and all clauses below it, depth first. */
    List<Clause> all() {
        List<Clause> out = new ArrayList<>();
        out.add(this);
        for (Clause c : children) {
            out.addAll(c.all());
        }
        return out;
    }

    @Override
    public String toString() {
        return kind + "[" + from + "," + to + ") subj[" + subjFrom + "," + subjTo + ") pred@" + predFrom + " win->" + windowTo
                + (agent != null ? " agent=" + agent : "");
    }
}
