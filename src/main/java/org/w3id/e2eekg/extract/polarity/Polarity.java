package org.w3id.e2eekg.extract.polarity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Reads the polarity of a clause towards end-to-end encryption by composing the polarities
 * of its words: each target ("end-to-end encryption" +1, "a backdoor" -1, "the bill" -1) is
 * multiplied by the cue words between the start of its window and itself ("urging" +1,
 * "resist" -1, "introducing" +1). A window ends at each target and at a comma that ends a
 * phrase; a window opened by "or", "and" or "nor" keeps the clause's governing verb ("asking
 * him not to implement E2EE, or to build a backdoor"). When the clause's subject is itself a
 * target ("warrant-proof encryption was stalling investigations"), harm and benefit words in
 * the predicate count too.
 *
 * <p>Word lists come from {@code ontology/lexicon/stance.ttl}. The method is deliberately
 * simple, so that what it gets wrong can be seen and fixed in the word lists. Immutable and
 * thread-safe: what a reading depends on beyond the sentence (the polarity "the move" takes)
 * is passed in.
 */
public final class Polarity {
    /**
     * A target found in a window and the sign it ends up with.
     *
     * @param damaged true when a verb of damage ("break", "weaken") bears on a target of encryption
     */
    public record Reading(int value, int anchorFrom, int anchorTo, Set<Demand> demands, String cue, boolean topic,
                          boolean damaged) {
        public Reading(int value, int anchorFrom, int anchorTo, Set<Demand> demands, String cue) {
            this(value, anchorFrom, anchorTo, demands, cue, false, false);
        }
    }

    /** Whether the words from..to hold a harm cue ("hiding", "stalling") and which target polarity they sit with. */
    public int association(AnalysedSentence a, int from, int to, Clause c) {
        boolean harmful = false;
        boolean protective = false;
        int target = 0;
        for (int i = from; i < to; i++) {
            if (c.inParenthetical(i)) {
                continue;
            }
            PhraseMatcher.Match t = targetAt(a, i);
            if (t != null && (!isMeasure(t) || definite(a, i))) {
                target = target == 0 ? polarityOf(t.list()) : target;
                i = t.to() - 1;
                continue;
            }
            PhraseMatcher.Match h = harm.at(a.tokens(), i);
            if (h != null && polarityOf(h.list()) < 0 && a.mentionAt(i) == null) {
                // "safe from hackers", "protection against criminals": the harm is kept out, not brought
                if (i > 0 && protectivePrepositions.matchesAsWritten(a.token(i - 1))) {
                    protective = true;
                } else {
                    harmful = true;
                }
            }
        }
        if (harmful == protective) {
            return 0;
        }
        return harmful ? -target : target;
    }

    private record Anchor(int from, int to, int polarity, Demand demand, boolean topic, boolean measure, String list) {}

    private final PhraseMatcher targets;
    private final PhraseMatcher cues;
    private final PhraseMatcher harm;
    private final PhraseMatcher exits;
    private final Map<String, String> stanceNouns;
    private final Set<String> eventNouns;
    private final PhraseMatcher damage;
    private final Map<String, Integer> listPolarity = new java.util.HashMap<>();
    private final Map<String, Demand> listDemand = new java.util.HashMap<>();
    private final WordSet characterisers;
    private final WordSet protectivePrepositions;
    private final WordSet restrictive;
    private final WordSet continuing;
    private final WordSet but;
    private final WordSet rather;
    private final WordSet than;
    private final String ratherThan;
    private final WordSet hedgeNegations;
    private final WordSet negativeClitics;
    private final WordSet membershipCopulas;
    private final WordSet passiveAuxiliaries;
    private final WordSet not;
    private final WordSet characterisationLinks;
    private final WordSet as;
    private final WordSet eventDeterminers;
    private final WordSet partyPossessives;
    private final WordSet proForms;
    private final WordSet definiteMeasureNouns;
    private final WordSet measureDeterminers;
    private final WordSet targetJoiners;
    private final WordSet complementPrepositions;
    private final WordSet pluralEndings;
    private final Set<String> topicLists = Set.of("topicTerms", "proxyTopicTerms");

    public Polarity(Lexicon lex) {
        targets = lex.phrases("topicTerms", "proxyTopicTerms", "backdoorTerms", "accessTerms", "decryptionTerms", "scanningTerms", "measureTerms");
        cues = lex.phrases("proCues", "contraCues", "neitherNor");
        harm = lex.phrases("harmCues", "benefitCues");
        exits = lex.phrases("exitCues");
        stanceNouns = lex.pairs("stanceNouns");
        eventNouns = lex.lower("eventNouns");
        damage = lex.phrases("damageVerbs");
        for (String l : List.of("topicTerms", "proxyTopicTerms", "backdoorTerms", "accessTerms", "decryptionTerms", "scanningTerms",
                "measureTerms", "proCues", "contraCues", "harmCues", "benefitCues", "exitCues")) {
            listPolarity.put(l, Integer.parseInt(lex.attribute(l, E2K.polarity).orElse("1")));
            lex.attribute(l, E2K.demandConcept).ifPresent(d -> listDemand.put(l, Demand.valueOf(d)));
        }
        listPolarity.put("neitherNor", -1);
        characterisers = WordSet.of(lex, "characterisingForms");
        protectivePrepositions = WordSet.of(lex, "protectivePrepositions");
        restrictive = WordSet.of(lex, "restrictiveAdverbs");
        continuing = WordSet.of(lex, "conjunctionOr", "conjunctionAnd", "conjunctionNor");
        but = WordSet.of(lex, "conjunctionBut");
        rather = WordSet.of(lex, "preferenceWords");
        than = WordSet.of(lex, "comparativeConjunctions");
        ratherThan = lex.attribute("preferenceWords", E2K.cueLabel).orElseThrow();
        hedgeNegations = WordSet.of(lex, "hedgeNegations");
        negativeClitics = WordSet.of(lex, "negativeClitics");
        membershipCopulas = WordSet.of(lex, "membershipCopulas");
        passiveAuxiliaries = WordSet.of(lex, "passiveAuxiliaries");
        not = WordSet.of(lex, "clausalNegation");
        characterisationLinks = WordSet.of(lex, "characterisationLinks");
        as = WordSet.of(lex, "prepositionAs");
        eventDeterminers = WordSet.of(lex, "eventDeterminers");
        partyPossessives = WordSet.of(lex, "partyPossessives");
        proForms = WordSet.of(lex, "measureProForms");
        definiteMeasureNouns = WordSet.of(lex, "definiteMeasureNouns");
        measureDeterminers = WordSet.of(lex, "measureDeterminers");
        targetJoiners = WordSet.of(lex, "targetJoiners");
        complementPrepositions = WordSet.of(lex, "measureComplementPrepositions");
        pluralEndings = WordSet.of(lex, "pluralEndings");
    }

    /** Whether a target list names encryption itself (or what stands for it), rather than a threat to it. */
    public boolean isTopic(String list) {
        return topicLists.contains(list);
    }

    /** Whether a target (of any kind) starts at token i. */
    public PhraseMatcher.Match targetAt(AnalysedSentence a, int i) {
        int[] law = a.lawAt(i);
        if (law != null) {
            // a named law is a measure under debate: "the Investigatory Powers Act 2016"
            return law[0] == i ? new PhraseMatcher.Match(law[0], law[1], lawName(a, law), "measureTerms") : null;
        }
        if (a.mentionAt(i) != null) {
            return null;
        }
        return targets.at(a.tokens(), i);
    }

    /** Whether a cue word (of either polarity) starts at token i. */
    public boolean isCue(AnalysedSentence a, int i) {
        return cues.at(a.tokens(), i) != null;
    }

    /** The demand a target list names, or null. */
    public Demand demandOf(String list) {
        return listDemand.get(list);
    }

    public int polarityOf(String list) {
        return listPolarity.getOrDefault(list, 1);
    }

    public boolean isMeasure(PhraseMatcher.Match m) {
        return m.list().equals("measureTerms");
    }

    /**
     * The polarity of a subject region that is itself a target ("Rules that restrict
     * the use of end-to-end encryption", "Breaking any piece of an encrypted service", "the
     * bill"): cues before its first target times that target; 0 if it has none.
     */
    public int subjectPolarity(AnalysedSentence a, int from, int to, Clause c, int eventPolarity) {
        int sign = 1;
        for (int i = from; i < to; i++) {
            if (c.inParenthetical(i) || a.mentionAt(i) != null) {
                continue;
            }
            PhraseMatcher.Match t = targetAt(a, i);
            if (t != null && (!isMeasure(t) || definite(a, i))) {
                return sign * polarityOf(t.list());
            }
            if (isEventReference(a, i, eventPolarity)) {
                return sign * eventPolarity;
            }
            PhraseMatcher.Match q = cues.at(a.tokens(), i);
            if (q != null) {
                sign *= polarityOf(q.list());
                i = q.to() - 1;
            }
        }
        return 0;
    }

    /**
     * Reads a window.
     *
     * @param subject     polarity of a subject that is a target, or 0
     * @param company     whether the subject is a company (exit threats count)
     * @param measureNear polarity of a measure discussed just before, for "it" and "its supporters", or 0
     * @param event       the polarity an event noun ("the move") takes: that of the last act reported, or 0
     */
    public List<Reading> read(AnalysedSentence a, int from, int to, Clause c, int subject, boolean company, int measureNear, int event) {
        return read(a, from, to, c, subject, company, measureNear, event, false);
    }

    /**
     * Reads a window whose governing word lies before it ("the Council's idea | of upload
     * moderation"): every target counts, carried by that word.
     */
    public List<Reading> read(AnalysedSentence a, int from, int to, Clause c, int subject, boolean company, int measureNear,
                       int event, boolean cued) {
        List<Anchor> anchors = anchors(a, from, to, c, company, measureNear, event);
        List<Reading> out = new ArrayList<>();
        if (subject != 0) {
            int sign = subject;
            boolean any = false;
            boolean harmSeen = false;
            StringBuilder cue = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (skip(a, c, i)) {
                    continue;
                }
                Anchor an = anchorAt(anchors, i);
                if (an != null) {
                    sign *= an.polarity();
                    any = true;
                    i = an.to() - 1;
                    continue;
                }
                // "protects children from hackers": a harm kept out counts for nothing
                boolean keptOut = i > 0 && protectivePrepositions.matches(a.token(i - 1));
                PhraseMatcher.Match h = harmSeen || keptOut ? null : harm.at(a.tokens(), i);
                PhraseMatcher.Match q = restrictive.matches(a.token(i)) ? null : cues.at(a.tokens(), i);
                PhraseMatcher.Match m = longer(h, q);
                if (m != null && m == h) {
                    harmSeen = true;
                }
                if (m != null) {
                    sign *= polarityOf(m.list());
                    any = true;
                    append(cue, m.entry());
                    i = m.to() - 1;
                }
            }
            if (any) {
                out.add(new Reading(sign, from, to, EnumSet.noneOf(Demand.class), cue.toString()));
            }
            return out;
        }
        int governing = 0;
        int windowStart = from;
        boolean hedge = false;
        for (int k = 0; k < anchors.size(); k++) {
            Anchor an = anchors.get(k);
            int sign = 1;
            boolean anyCue = false;
            StringBuilder cue = new StringBuilder();
            Token first = a.token(windowStart);
            boolean coordinated = continuing.matches(first) || first.is(",");
            for (int i = windowStart; i < an.from(); i++) {
                if (skip(a, c, i)) {
                    continue;
                }
                if (a.token(i).is(",") && i + 1 < an.from() && but.matches(a.token(i + 1))) {
                    hedge = true;
                }
                // "would rather leave a market than break its encryption": what comes after "than" is refused
                if (than.matches(a.token(i)) && ratherBefore(a, from, i)) {
                    sign = -sign;
                    anyCue = true;
                    append(cue, ratherThan);
                    continue;
                }
                PhraseMatcher.Match q = cues.at(a.tokens(), i);
                if (q != null && q.to() <= an.from()) {
                    int p = polarityOf(q.list());
                    if (governing == 0) {
                        governing = p;
                    }
                    sign *= p;
                    anyCue = true;
                    append(cue, q.entry());
                    i = q.to() - 1;
                }
            }
            if (coordinated && governing != 0) {
                sign *= governing;
                anyCue = true;
            }
            if (an.list().equals("stanceNouns") || an.list().equals("exitCues") || cued) {
                anyCue = true;
            }
            int value = sign * an.polarity();
            int next = an.to();
            // "the plan be shelved": a verb right after its target in the passive
            int passive = passiveCue(a, an.to(), to);
            if (passive != 0) {
                value *= passive;
                anyCue = true;
            }
            // "described the proposal as a backdoor": the plan judged by what it is called
            int judged = calling(a, windowStart, an.from()) ? judgement(a, an.to(), to) : 0;
            if (judged != 0) {
                value = an.polarity() * judged;
                anyCue = true;
            }
            Anchor called = judged != 0 ? null : characterised(a, anchors, k, windowStart, to);
            if (called != null) {
                value = an.polarity() * called.polarity();
                anyCue = true;
                next = called.to();
                k = anchors.indexOf(called);
            }
            boolean butNot = hedgeAfter(a, next, to);
            if (anyCue && !hedge && !butNot) {
                Set<Demand> demands = EnumSet.noneOf(Demand.class);
                if (value < 0 && an.demand() != null) {
                    demands.add(an.demand());
                }
                if (value < 0 && an.topic()) {
                    demands.add(Demand.HaltRollout);
                }
                boolean damaged = an.topic() && damagedBefore(a, windowStart, an.from());
                out.add(new Reading(value, an.from(), an.to(), demands, cue.toString().strip(), an.topic(), damaged));
            }
            hedge = false;
            windowStart = next;
        }
        return out;
    }

    private static PhraseMatcher.Match longer(PhraseMatcher.Match x, PhraseMatcher.Match y) {
        if (x == null) {
            return y;
        }
        if (y == null) {
            return x;
        }
        return x.to() >= y.to() ? x : y;
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    private static boolean skip(AnalysedSentence a, Clause c, int i) {
        return c.inParenthetical(i) || a.mentionAt(i) != null;
    }

    private static Anchor anchorAt(List<Anchor> anchors, int i) {
        for (Anchor an : anchors) {
            if (an.from() == i) {
                return an;
            }
        }
        return null;
    }

    private boolean damagedBefore(AnalysedSentence a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (damage.at(a.tokens(), i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", but never at the expense of ..." or ", but this cannot come at a cost to public safety"
     * after a target: the position is hedged away.
     */
    private boolean hedgeAfter(AnalysedSentence a, int i, int to) {
        int k = i;
        while (k < to && (a.token(k).is(",") || a.token(k).is("\"") || a.token(k).is("\u201d"))) {
            k++;
        }
        if (k >= to || !but.matches(a.token(k)) || k == i) {
            return false;
        }
        for (int j = k + 1; j < Math.min(to, k + 5); j++) {
            String w = a.token(j).lower();
            if (hedgeNegations.contains(w) || negativeClitics.endsOneOf(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean copulaBefore(AnalysedSentence a, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            Token t = a.token(k);
            if (membershipCopulas.matches(t)) {
                return true;
            }
        }
        return false;
    }

    private int passiveCue(AnalysedSentence a, int i, int to) {
        int k = i;
        if (k < to && passiveAuxiliaries.matches(a.token(k))) {
            k++;
            if (k < to) {
                PhraseMatcher.Match q = cues.at(a.tokens(), k);
                if (q != null && !not.matches(a.token(k))) {
                    return polarityOf(q.list());
                }
            }
        }
        return 0;
    }

    private boolean calling(AnalysedSentence a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (characterisers.matches(a.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** For an anchor after a verb of calling: the anchor after "as" (or right after it for "call") that names it. */
    private Anchor characterised(AnalysedSentence a, List<Anchor> anchors, int k, int windowStart, int to) {
        Anchor x = anchors.get(k);
        boolean verb = false;
        for (int i = windowStart; i < x.from(); i++) {
            if (characterisers.matches(a.token(i))) {
                verb = true;
            }
        }
        if (!verb || k + 1 >= anchors.size()) {
            return null;
        }
        Anchor y = anchors.get(k + 1);
        for (int i = x.to(); i < y.from(); i++) {
            if (characterisationLinks.matches(a.token(i))) {
                return y;
            }
        }
        return null;
    }

    /**
     * "described the proposals as a serious and direct threat to ...": after a verb of calling,
     * the first cue after "as" judges the target. Its polarity, or 0.
     */
    private int judgement(AnalysedSentence a, int anchorTo, int to) {
        if (anchorTo >= to || !(as.matches(a.token(anchorTo)) || a.token(anchorTo).is("\"") || a.token(anchorTo).is("\u201c"))) {
            return 0;
        }
        for (int i = anchorTo + 1; i < Math.min(to, anchorTo + 7); i++) {
            PhraseMatcher.Match h = harm.at(a.tokens(), i);
            PhraseMatcher.Match q = cues.at(a.tokens(), i);
            PhraseMatcher.Match m = longer(h, q);
            if (m != null) {
                return polarityOf(m.list());
            }
        }
        return 0;
    }

    private boolean ratherBefore(AnalysedSentence a, int from, int i) {
        for (int k = Math.max(from, i - 8); k < i; k++) {
            if (rather.matches(a.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the move", "this decision", "its rollout": an act reported before, when there is one. */
    private boolean isEventReference(AnalysedSentence a, int i, int eventPolarity) {
        Token t = a.token(i);
        return eventPolarity != 0 && eventNouns.contains(t.lower()) && a.pos(i).equals("NOUN") && i > 0
                && eventDeterminers.matches(a.token(i - 1));
    }

    // ---- targets in a window

    private List<Anchor> anchors(AnalysedSentence a, int from, int to, Clause c, boolean company, int measureNear,
                                 int eventPolarity) {
        List<Anchor> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (c.inParenthetical(i)) {
                continue;
            }
            Token t = a.token(i);
            PhraseMatcher.Match m = targetAt(a, i);
            if (m != null) {
                boolean measure = isMeasure(m);
                boolean possessor = m.to() < to && a.token(m.to()).isPossessive();
                if (measure && (!definite(a, i) || possessor)) {
                    i = m.to() - 1;
                    continue;
                }
                out.add(new Anchor(i, m.to(), polarityOf(m.list()), listDemand.get(m.list()), isTopic(m.list()),
                        measure, m.list()));
                i = m.to() - 1;
                continue;
            }
            // "the move was hugely disappointing": an act reported before
            if (isEventReference(a, i, eventPolarity)) {
                out.add(new Anchor(i, i + 1, eventPolarity, null, false, false, "eventNouns"));
                continue;
            }
            // "is among its firmest supporters": a party to the measure discussed
            if (partyPossessives.matches(t) && measureNear != 0 && copulaBefore(a, i, from)) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    String pol = stanceNouns.get(a.token(k).lower());
                    if (pol != null) {
                        out.add(new Anchor(i, k + 1, Integer.parseInt(pol) * measureNear, null, false, true, "stanceNouns"));
                        i = k;
                        break;
                    }
                }
                continue;
            }
            // "called it a step backwards", "impose one": a measure just discussed
            if (proForms.matches(t) && measureNear != 0 && i > from && a.isVerb(i - 1)) {
                out.add(new Anchor(i, i + 1, measureNear, null, false, true, "measureTerms"));
                continue;
            }
            if (company) {
                PhraseMatcher.Match e = exits.at(a.tokens(), i);
                if (e != null) {
                    out.add(new Anchor(i, e.to(), 1, null, false, false, "exitCues"));
                    i = e.to() - 1;
                }
            }
        }
        return merge(a, out);
    }

    /**
     * "the plan", "its proposal", "such tools": a measure is referred to, not merely named
     * in passing; and it heads its phrase ("law enforcement" is not a law).
     */
    public boolean definite(AnalysedSentence a, int i) {
        if (a.inLaw(i)) {
            return true;
        }
        if (i + 1 < a.size() && a.pos(i + 1).equals("NOUN") && !pluralEndings.endsOneOf(a.token(i + 1).text())) {
            return false;
        }
        if (i + 1 < a.size() && a.token(i + 1).isNumber()) {
            return true; // a numbered provision: "clause 122"
        }
        if (definiteMeasureNouns.matches(a.token(i))) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token t = a.token(k);
            String p = a.pos(k);
            if (measureDeterminers.matches(t) || t.isPossessive()) {
                return true;
            }
            if (!(p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM") || t.isNumber())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Joins targets that name one thing: "encryption backdoor" is a backdoor,
     * "photo-scanning plan" one measure, "backdoor to encrypted messaging" a backdoor, "a
     * way to decrypt private chats" decryption, and "its proposal for a
     * directive" or "idea of upload moderation" what the complement says.
     */
    private List<Anchor> merge(AnalysedSentence a, List<Anchor> in) {
        List<Anchor> out = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            Anchor x = in.get(k);
            Anchor y = k + 1 < in.size() ? in.get(k + 1) : null;
            if (y != null && y.from() == x.to() && x.topic() && !y.topic()) {
                out.add(new Anchor(x.from(), y.to(), y.polarity(), y.demand(), false, y.measure(), y.list()));
                k++;
                continue;
            }
            if (y != null && y.from() == x.to() && !x.topic() && y.measure()) {
                out.add(new Anchor(x.from(), y.to(), x.polarity(), x.demand(), false, false, x.list()));
                k++;
                continue;
            }
            if (y != null && !x.topic() && y.topic() && y.from() - x.to() <= 2) {
                boolean joined = y.from() == x.to();
                for (int i = x.to(); i < y.from(); i++) {
                    Token t = a.token(i);
                    joined |= targetJoiners.matches(t);
                }
                if (joined) {
                    out.add(new Anchor(x.from(), y.to(), x.polarity(), x.demand(), false, x.measure(), x.list()));
                    k++;
                    continue;
                }
            }
            if (y != null && x.measure() && !y.measure() && y.from() - x.to() <= 3) {
                Token after = a.token(x.to());
                if (complementPrepositions.matches(after)) {
                    continue;
                }
            }
            out.add(x);
        }
        return out;
    }

    /** The words of a law's name, as the entry of the target it is. */
    private static String lawName(AnalysedSentence a, int[] law) {
        StringBuilder sb = new StringBuilder();
        for (int k = law[0]; k < law[1]; k++) {
            sb.append(k > law[0] ? " " : "").append(a.token(k).text());
        }
        return sb.toString();
    }
}
