package org.w3id.e2eekg.extract.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause while {@link ClauseParser} finds its parts: the parser narrows the subject,
 * the predicate and the window and hangs sub-clauses from it as it reads, then freezes the
 * tree into {@link Clause}s. Confined to one parse.
 */
final class ClauseBuilder {
    final Clause.Kind kind;
    final int from;
    final int to;
    int subjFrom;
    int subjTo;
    int predFrom;
    int windowTo;
    int governor = -1;
    int speakerPronoun = -1;
    boolean inheritsSubject;
    ClauseBuilder parent;
    final List<ClauseBuilder> children = new ArrayList<>();
    final List<Clause.Range> parentheticals = new ArrayList<>();

    ClauseBuilder(Clause.Kind kind, int from, int to) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.subjFrom = from;
        this.subjTo = from;
        this.predFrom = from;
        this.windowTo = to;
    }

    boolean inParenthetical(int i) {
        for (Clause.Range p : parentheticals) {
            if (p.contains(i)) {
                return true;
            }
        }
        return false;
    }

    void aside(int from, int to) {
        parentheticals.add(new Clause.Range(from, to));
    }

    /** Ends the window at {@code i} unless it already ends before. */
    void endWindowAt(int i) {
        if (windowTo > i) {
            windowTo = i;
        }
    }

    /** This clause and the ones below it, frozen; a parent outside the tree is dropped. */
    Clause build() {
        return Clause.freeze(this);
    }
}
