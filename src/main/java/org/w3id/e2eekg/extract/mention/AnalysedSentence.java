package org.w3id.e2eekg.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.e2eekg.extract.text.Sentence;
import org.w3id.e2eekg.extract.text.Token;

/**
 * A sentence with what named-entity recognition found in it: part-of-speech tags, actor
 * mentions and post titles. Relation rules read sentences through this class.
 */
public final class AnalysedSentence {
    private final Sentence sentence;
    private final String[] pos;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<RoleTitle> roles = new ArrayList<>();
    private final List<int[]> laws = new ArrayList<>();

    public AnalysedSentence(Sentence sentence, String[] pos) {
        this.sentence = sentence;
        this.pos = pos;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int index() {
        return sentence.index();
    }

    public int size() {
        return sentence.size();
    }

    public Token token(int i) {
        return sentence.get(i);
    }

    public List<Token> tokens() {
        return sentence.tokens();
    }

    public String pos(int i) {
        return pos[i];
    }

    public boolean isVerb(int i) {
        return pos[i].equals("VERB") || pos[i].equals("AUX");
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<RoleTitle> roles() {
        return roles;
    }

    void add(Mention m) {
        mentions.add(m);
        mentions.sort(Comparator.comparingInt((Mention x) -> x.from).thenComparingInt(x -> -x.to));
    }

    void remove(Mention m) {
        mentions.remove(m);
    }

    void add(RoleTitle r) {
        // a title that takes in an earlier, shorter one ("justice" + "minister") replaces it
        roles.removeIf(o -> o.from() >= r.from() && o.to() <= r.to());
        roles.add(r);
        roles.sort(Comparator.comparingInt(RoleTitle::from));
    }

    void replace(RoleTitle old, RoleTitle replacement) {
        roles.set(roles.indexOf(old), replacement);
    }

    /** Adds the name of a law; a shorter name found inside it before ("... Amendment" of "... Amendment (X) Bill") gives way. */
    void addLaw(int[] span) {
        laws.removeIf(l -> l[0] >= span[0] && l[1] <= span[1]);
        laws.add(span);
    }

    /** Whether token i lies in the name of a law ("Online Safety Act 2023"). */
    public boolean inLaw(int i) {
        for (int[] l : laws) {
            if (i >= l[0] && i < l[1]) {
                return true;
            }
        }
        return false;
    }

    /** The [from, to) of the law name covering i, or null. */
    public int[] lawAt(int i) {
        for (int[] l : laws) {
            if (i >= l[0] && i < l[1]) {
                return l;
            }
        }
        return null;
    }

    /** The outermost mention covering token i, or null. */
    public Mention mentionAt(int i) {
        for (Mention m : mentions) {
            if (m.covers(i) && m.whole == null) {
                return m;
            }
        }
        for (Mention m : mentions) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }

    /** The mention starting at token i, or null. */
    public Mention mentionStartingAt(int i) {
        for (Mention m : mentions) {
            if (m.from == i && m.whole == null) {
                return m;
            }
        }
        return null;
    }

    /** The role title covering token i, or null. */
    public RoleTitle roleAt(int i) {
        for (RoleTitle r : roles) {
            if (i >= r.from() && i < r.to()) {
                return r;
            }
        }
        return null;
    }

    /** Mentions that stand for actors on their own (not parts of a longer name, not demonyms). */
    public List<Mention> actorMentions() {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.whole == null && m.actor != null && !m.isDemonym()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The names the parser should read as one word each, as token spans [from, to): every
     * name of two or more tokens, together with a post title right before a person's name
     * ("US Attorney General William Barr", "Sen. Jane Roe"), and the names of laws.
     */
    public List<int[]> nameUnits() {
        List<int[]> spans = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.whole != null || m.isDemonym()) {
                continue;
            }
            int from = m.from;
            for (RoleTitle r : roles) {
                // "Sen. Jane Roe": the full stop of an abbreviated title lies between it and the name
                boolean abbreviated = r.to() + 1 == m.from && token(r.to()).is(".");
                if ((r.to() == m.from || abbreviated) && m.kind() == org.w3id.e2eekg.fact.ActorKind.PERSON) {
                    from = Math.min(from, r.from());
                }
            }
            // "Cyrus Vance Jr." : the full stop of an abbreviation ending the name belongs to it
            int to = m.to < size() - 1 && token(m.to).is(".") ? m.to + 1 : m.to;
            spans.add(new int[] {from, to});
        }
        spans.addAll(laws);
        spans.sort(Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> -x[1]));
        List<int[]> out = new ArrayList<>();
        int end = -1;
        for (int[] span : spans) {
            if (span[0] >= end && span[1] - span[0] >= 2) {
                out.add(span);
                end = span[1];
            }
        }
        return out;
    }

    public String text(String articleText, int from, int to) {
        return sentence.text(articleText, from, to);
    }

    @Override
    public String toString() {
        return sentence.tokens().toString();
    }
}
