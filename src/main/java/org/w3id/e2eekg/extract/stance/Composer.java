package org.w3id.e2eekg.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.Demand;

/**
 * Reads stances on end-to-end encryption from one parsed sentence by composition: from each
 * target (encryption, a backdoor, scanning, a measure whose effect is known) it walks up the
 * dependency tree, multiplying the target's effect by the polarity of every governing word
 * and negation it passes, until it reaches a predicate with an explicit subject; that
 * subject, if it names actors, gets the product as its stance.
 *
 * <p>Three kinds of clause change how the walk goes on:
 * <ul>
 *   <li>a clause reported by a verb of saying is an assertion, not a wish: asserting that
 *       something would break or weaken encryption is a warning (the speaker defends it),
 *       asserting that encryption hides abuse is an attack on it, and an assertion that
 *       merely reports an act is no stance of the speaker's;</li>
 *   <li>a thing that is the subject of its clause is judged by what the clause says of it:
 *       "encryption blinds the police" is against encryption, "it protects users" for it;</li>
 *   <li>"rather than" and "instead of" refuse what follows them, and the refusal belongs to
 *       the subject of the clause they hang from.</li>
 * </ul>
 *
 * <p>The walk stops at any word its lists do not know and at conditions, so a sentence it
 * cannot read gives nothing rather than a guess. Stateless and thread-safe.
 */
final class Composer {
    private static final Set<String> OBJECT_LIKE = Set.of("dobj", "pobj", "pcomp", "attr", "oprd", "acomp", "dative",
            "xcomp", "acl", "compound", "nmod", "amod", "appos", "nsubjpass", "csubjpass", "npadvmod", "agent");
    private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "parataxis");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our");
    private static final int MAX_STEPS = 40;
    private static final boolean TRACE = System.getProperty("e2eekg.traceStance") != null;

    /** Base confidence of a reading, and what each kind of inference costs. */
    private static final double BASE = 0.9;
    private static final double REPORTED = 0.85;
    private static final double WARNING = 0.85;
    private static final double JUDGEMENT = 0.85;
    private static final double PROXY = 0.7;
    private static final double HEADING = 0.9;
    private static final double RETREAT = 0.4;
    private static final double POSSESSED = 0.9;
    /** Verb tags of a finite form that a bare infinitive cannot share a subject with: past, third person singular. */
    private static final Set<String> FINITE_SINGLE = Set.of("VBD", "VBZ");
    private static final double HEDGED = 0.3;
    /** A stance in a claim the writer marks as disputed ("insists it supports encryption"): below the threshold. */
    private static final double CONTESTED = 0.45;
    private static final double EVENT = 0.75;
    /** a measure whose effect comes from the reference data, not from the article */
    private static final double REFERENCE = 0.85;
    /** referents found in the sentence itself, or named, are at least this sure; those from the article's discourse less */
    private static final double NEARBY = 0.85;

    private final CompositionLexicon lex;
    private final Set<String> retreats;
    private final ReferenceNames referenceNames;

    Composer(CompositionLexicon lex, Set<String> retreats, ReferenceNames referenceNames) {
        this.lex = lex;
        this.retreats = retreats;
        this.referenceNames = referenceNames;
    }

    /** A thing a sentence is about, found at tokens [from, to) with its head. */
    record Target(int from, int to, int head, int effect, double confidence, String list, String text, String measure,
                  boolean named) {
        Target(int from, int to, int head, int effect, double confidence, String list, String text, String measure) {
            this(from, to, head, effect, confidence, list, text, measure, false);
        }
    }

    /**
     * The readings of a sentence; empty for a question. What the sentence says a measure does
     * ("the bill would break encryption") is recorded in {@link StanceSentence#measures()}
     * first, so that attitudes to the measure in the same sentence are read too.
     */
    List<Reading> read(StanceSentence s) {
        List<Reading> out = new ArrayList<>();
        if (s.sentence().sentence().question() || s.tree().size() != s.sentence().size()) {
            return out;
        }
        List<MeasureEffects.Measure> observed = new ArrayList<>();
        for (Target t : targets(s)) {
            if (t.measure() == null) {
                if (System.getProperty("e2eekg.debugTargets") != null) {
                    System.err.println("   target " + t);
                }
                new Walk(s, t, out, observed).run();
            }
        }
        observed.forEach(s.measures()::record);
        for (int i = 0; i < s.sentence().size(); i++) {
            int[] law = s.sentence().lawAt(i);
            if (law != null && law[0] == i) {
                int end = law[1] - 1;
                while (end > law[0] && !lawWord(s.sentence().token(end))) {
                    end--; // "Bill 2018", "Bill Q-14", "Parts 3 and 4": the law's own word says what kind of measure it is
                }
                s.measures().record(new MeasureEffects.Measure(words(s.sentence(), law[0], law[1]), s.tree().lemma(end), true, 0,
                        s.sentence().index(), law[0]));
                int[] whole = lawAfterPartOf(s.sentence(), law[1]);
                if (whole != null) {
                    // "Part 7 of Bill Q-14"
                    s.measures().recordPart(words(s.sentence(), law[0], law[1]), words(s.sentence(), whole[0], whole[1]));
                }
            }
            ReferenceNames.Found known = law == null ? referenceMeasure(s.sentence(), i) : null;
            if (known != null) {
                s.measures().record(new MeasureEffects.Measure(words(s.sentence(), i, known.to()), known.head(), true, 0,
                        s.sentence().index(), i));
                i = known.to() - 1;
            }
        }
        for (Target t : targets(s)) {
            if (t.measure() != null) {
                new Walk(s, t, out, new ArrayList<>()).run();
            }
        }
        return distinct(out);
    }

    /** One reading per actors, document, value and target: the most confident. */
    private static List<Reading> distinct(List<Reading> readings) {
        java.util.Map<String, Reading> best = new java.util.LinkedHashMap<>();
        for (Reading r : readings) {
            String key = r.actors() + "|" + System.identityHashCode(r.document()) + "|" + r.value() + "|" + r.target();
            Reading old = best.get(key);
            if (old == null || r.confidence() > old.confidence()) {
                best.put(key, r);
            }
        }
        return new ArrayList<>(best.values());
    }

    // ---- targets

    List<Target> targets(StanceSentence s) {
        AnalysedSentence a = s.sentence();
        DependencyTree tree = s.tree();
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int[] law = a.lawAt(i);
            if (law != null && law[0] != i) {
                continue;
            }
            if (law != null) {
                Target t = namedMeasure(s, law[0], law[1]);
                if (t != null) {
                    out.add(t);
                }
                i = law[1] - 1;
                continue;
            }
            ReferenceNames.Found known = referenceMeasure(a, i);
            if (known != null) {
                Target t = namedMeasure(s, i, known.to());
                if (t != null) {
                    out.add(t);
                }
                i = known.to() - 1;
                continue;
            }
            if (a.mentionAt(i) != null) {
                continue;
            }
            PhraseMatcher.Match m = lex.targets().at(a.tokens(), i);
            if (m != null && insideQuotedTitle(s, m.from())) {
                i = m.to() - 1;
                continue;
            }
            if (m == null) {
                Target event = event(s, i);
                if (event != null) {
                    out.add(event);
                }
                continue;
            }
            int head = headOf(tree, m.from(), m.to());
            String text = words(a, m.from(), m.to());
            if (m.list().equals(CompositionLexicon.MEASURE)) {
                Target t = describedMeasure(s, m.from(), m.to(), head, text);
                if (t != null) {
                    out.add(t);
                }
            } else if (!partOfPrevious(a, out, m)) {
                boolean proxy = m.list().startsWith("proxy");
                int to = m.to();
                if (to < a.size() && lex.encryptedNoun(a.token(to).lower()) && !lex.encryptedNoun(a.token(to - 1).lower())) {
                    // "an encrypted system", "encrypted chats": the thing encryption is of is the target
                    to++;
                    head = headOf(tree, m.from(), to);
                    text = words(a, m.from(), to);
                }
                out.add(new Target(m.from(), to, head, lex.effectOf(m.list()), proxy ? PROXY : 1.0, m.list(), text, null));
                i = to - 1;
                continue;
            }
            i = m.to() - 1;
        }
        return out;
    }

    /**
     * Whether token i stands inside a quoted document title: 'the "International statement:
     * End-to-end encryption and public safety", published on ...', 'a resolution subtitled
     * "Security through encryption and security despite encryption"'. A title names a document;
     * its words are not what anyone does to encryption. A quoted span of three words or more,
     * opening with a capital, is a title when it follows a word of titling or a document noun,
     * or follows a determiner or possessive and holds or precedes a document noun
     * (lex:documentTitleNouns). Quoted speech follows a verb or opens a sentence, so it is not
     * taken for a title; a short quoted name ('the "lawful access" bill') stays readable.
     */
    private boolean insideQuotedTitle(StanceSentence s, int i) {
        AnalysedSentence a = s.sentence();
        int open = -1;
        for (int k = 0; k < i; k++) {
            if (a.token(k).isDoubleQuote()) {
                open = open < 0 ? k : -1;
            }
        }
        int close = -1;
        for (int k = i; k < a.size() && open >= 0; k++) {
            if (a.token(k).isDoubleQuote()) {
                close = k;
                break;
            }
        }
        if (open < 1 || close < 0 || close - open - 1 < 3 || !a.token(open + 1).isCapitalized()) {
            return false;
        }
        DependencyTree tree = s.tree();
        Token before = a.token(open - 1);
        if (lex.titling(before.lower()) || lex.documentTitleNoun(tree.lemma(open - 1))) {
            return true;
        }
        if (!a.pos(open - 1).equals("DET") && !before.isPossessive()) {
            return false;
        }
        for (int k = open + 1; k <= close + 1 && k < a.size(); k++) {
            if (k != close && lex.documentTitleNoun(tree.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a backdoor to end-to-end encryption", "access to encrypted messages", "scanning of
     * encrypted chats": encryption named right after a way around it, joined by a preposition,
     * is part of that thing, however the parser attached the preposition.
     */
    private boolean partOfPrevious(AnalysedSentence a, List<Target> found, PhraseMatcher.Match m) {
        if (found.isEmpty() || lex.effectOf(m.list()) < 0) {
            return false;
        }
        Target before = found.get(found.size() - 1);
        if (before.effect() > 0 || before.measure() != null) {
            return false;
        }
        int k = before.to();
        if (k == m.from() && lex.joining(a.token(k - 1).lower())) {
            return true; // "a way into encrypted content": the preposition is part of the first target's words
        }
        if (k >= m.from() || !lex.joining(a.token(k).lower())) {
            return false;
        }
        for (int i = k + 1; i < m.from(); i++) {
            boolean possessorWord = a.mentionAt(i) != null || a.token(i).isPossessive()
                    || i + 1 < m.from() && a.token(i + 1).isPossessive();
            if (!(a.pos(i).equals("DET") || a.pos(i).equals("PRON") || a.pos(i).equals("ADJ") || possessorWord)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the move", "the change", "the catastrophic decision": a reference back to the last act
     * on encryption the article narrated ("Meta switched on default encryption"), with that
     * act's effect; an evaluative word on it ("catastrophic") is already a judgement of it.
     */
    private Target event(StanceSentence s, int i) {
        DependencyTree tree = s.tree();
        String lemma = tree.lemma(i).toLowerCase(Locale.ROOT);
        if (!lex.event(lemma) || !tree.tag(i).startsWith("NN") || !definite(tree, i) || hasContent(s, i)) {
            return null;
        }
        MeasureEffects.Measure last = s.measures().lastEvent(s.sentence().index(), i);
        if (last == null && lex.rollout(lemma)) {
            // "Meta plans to roll out encryption ... halt the rollout": the plan, not yet an act done
            last = s.measures().lastPlan(s.sentence().index(), i);
        }
        if (last == null) {
            return null;
        }
        return new Target(i, i + 1, i, last.effect(), EVENT, "eventNouns", tree.word(i), null);
    }

    /**
     * A reference measure named without capitals at token i ("the 'chat control' law"), with
     * the measure noun right after it (past a closing quotation mark), or null.
     */
    private ReferenceNames.Found referenceMeasure(AnalysedSentence a, int i) {
        ReferenceNames.Found known = referenceNames.at(a, i);
        if (known == null) {
            return null;
        }
        int noun = known.to();
        if (noun < a.size() && a.token(noun).type() == Token.Type.PUNCT && !a.token(noun).is(",")) {
            noun++;
        }
        PhraseMatcher.Match after = noun < a.size() ? lex.targets().at(a.tokens(), noun) : null;
        if (after != null && after.list().equals(CompositionLexicon.MEASURE) && after.from() == noun) {
            return new ReferenceNames.Found(after.to(), known.head());
        }
        return known;
    }

    /** A measure named by its title ("the Online Safety Bill"): a target when the article has said what it does. */
    private Target namedMeasure(StanceSentence s, int from, int to) {
        String name = words(s.sentence(), from, to);
        MeasureEffects.Measure known = s.measures().named(name);
        if (known == null) {
            return null;
        }
        double sure = known.sentence() < 0 ? REFERENCE : 0.9;
        return new Target(from, to, headOf(s.tree(), from, to), known.effect(), sure, CompositionLexicon.MEASURE, name,
                s.measures().canonical(name), true);
    }

    /**
     * "the bill", "the legislation": a reference back to a measure whose effect the article
     * has stated. A measure noun with words of its own that say what it does ("a plan to
     * encrypt", "the scanning proposal") is not a target: the walk from those words passes
     * through it.
     */
    private Target describedMeasure(StanceSentence s, int from, int to, int head, String text) {
        DependencyTree tree = s.tree();
        if (head < 0 || hasContent(s, head)) {
            return null;
        }
        if (!definite(tree, head)) {
            MeasureEffects.Measure announced = introduced(tree, head)
                    ? s.measures().describedAfter(tree.lemma(head), s.sentence().index(), head) : null;
            return announced == null ? null : new Target(from, to, head, announced.effect(), 0.75, CompositionLexicon.MEASURE, text,
                    announced.name(), false);
        }
        MeasureEffects.Measure known = s.measures().referredTo(tree.lemma(head), s.sentence().index(), head, demonstrative(tree, head));
        if (known == null) {
            return null;
        }
        return new Target(from, to, head, known.effect(), 0.75, CompositionLexicon.MEASURE, text,
                known.named() ? s.measures().canonical(known.name()) : known.name(), known.named());
    }

    /**
     * "introduced a bill", "served Acme with a technical capability notice": a measure brought
     * in by the verb it is the object of.
     */
    private boolean introduced(DependencyTree tree, int head) {
        int verb = tree.head(head);
        if (verb < 0) {
            return false;
        }
        if (tree.is(head, "dobj")) {
            return lex.introducing(lex.lemma(tree.lemma(verb), tree.word(verb)));
        }
        int host = tree.is(head, "pobj") ? tree.head(verb) : -1;
        return host >= 0 && lex.introducing(lex.lemma(tree.lemma(host), tree.word(host)) + " " + tree.word(verb).toLowerCase(Locale.ROOT));
    }

    /** Whether a measure noun has a target among its own dependents ("plan to encrypt", "scanning proposal"). */
    private boolean hasContent(StanceSentence s, int head) {
        return targetBelow(s, head, false);
    }

    /** Whether a target of the sentence (a measure noun too, when asked) lies below a node of the parse. */
    private boolean targetBelow(StanceSentence s, int node, boolean measures) {
        AnalysedSentence a = s.sentence();
        int[] span = s.tree().span(node);
        for (int i = span[0]; i < span[1]; i++) {
            if (i == node || !s.tree().dominates(node, i)) {
                continue;
            }
            PhraseMatcher.Match m = lex.targets().at(a.tokens(), i);
            if (m != null && (measures || !m.list().equals(CompositionLexicon.MEASURE))) {
                return true;
            }
        }
        return false;
    }

    /** "the bill", "its proposal", "this legislation": a determiner or possessor that points back. */
    private static boolean definite(DependencyTree tree, int head) {
        for (int k : tree.children(head)) {
            String w = tree.word(k).toLowerCase(Locale.ROOT);
            if (tree.is(k, "poss") || (tree.is(k, "det") && (w.equals("the") || w.equals("this") || w.equals("these")
                    || w.equals("that") || w.equals("such")))) {
                return true;
            }
        }
        return false;
    }

    /** The law named right after a provision and "of" ("Part 7 of the Bill Q-14"), or null. */
    private int[] lawAfterPartOf(AnalysedSentence a, int end) {
        int k = end;
        if (k >= a.size() || !lex.partOf(a.token(k).text())) {
            return null;
        }
        k++;
        while (k < a.size() && a.lawAt(k) == null && k < end + 3 && !a.token(k).isCapitalized()) {
            k++; // "of the", "of this"
        }
        int[] law = k < a.size() ? a.lawAt(k) : null;
        return law != null && law[0] == k ? law : null;
    }

    /** A capitalised word without digits: a law's own word rather than its year, number or code. */
    private static boolean lawWord(org.w3id.e2eekg.extract.text.Token t) {
        return t.isCapitalized() && t.text().chars().noneMatch(Character::isDigit);
    }

    /** "that law", "this bill": a demonstrative points at the nearest such thing. */
    private boolean demonstrative(DependencyTree tree, int head) {
        for (int k : tree.children(head)) {
            if (tree.is(k, "det") && lex.demonstrative(tree.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The token of [from, to) whose head lies outside the span. */
    static int headOf(DependencyTree tree, int from, int to) {
        int first = -1;
        int lastNoun = -1;
        for (int i = from; i < to; i++) {
            int h = tree.head(i);
            if (h < from || h >= to) {
                first = first < 0 ? i : first;
                lastNoun = tree.tag(i).startsWith("NN") ? i : lastNoun;
            }
        }
        // "end-to-end" hung on the verb as a particle apart from "encryption": the noun heads the phrase; any other
        // break keeps the first word whose head is outside (its attachment is the parser's best reading)
        if (first >= 0 && lastNoun > first && (tree.tag(first).equals("HYPH") || tree.is(first, "prt"))) {
            return lastNoun;
        }
        return first >= 0 ? first : to - 1;
    }

    private static String words(AnalysedSentence a, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (a.token(i).is("\"") || a.token(i).is("\u201c") || a.token(i).is("\u201d")) {
                continue; // "the 'chat control' law": the quotation marks are not part of the name
            }
            boolean attached = a.token(i).isPossessive() || a.token(i).is(")") || i > from && a.token(i - 1).is("(");
            if (sb.length() > 0 && !attached) {
                sb.append(' ');
            }
            sb.append(a.token(i).text());
        }
        return sb.toString();
    }

    // ---- the walk

    /** One walk from a target up to the actors it reaches. */
    private final class Walk {
        private final StanceSentence s;
        private final DependencyTree tree;
        private final Target target;
        private final List<Reading> out;
        private final List<MeasureEffects.Measure> observed;
        private final List<String> cues = new ArrayList<>();
        private int attitude = 1;
        private double confidence;
        private String rule = "stance-composed";
        /** the value now refers to a judgement of a thing (it harms, it protects), not to an act on it */
        private boolean judged;
        /** after "rather than": the refusal goes to the next subject up, through anything */
        private boolean refusal;
        /** past a verb of saying: the value is now the speaker's attitude, no longer what the clause's things do */
        private boolean asserted;
        /** a negation on the way: "the bill is no ban on encryption" is a claim, not what the bill does */
        private boolean negated;
        /** "without breaking encryption": what doing something would entail, not something done */
        private boolean consequence;
        /** a profession of support was already marked as weak evidence on the way */
        private boolean professionWeighed;
        /** the lowest governing word, for telling warnings from reports */
        private int firstGovernor = -1;
        /** the value right after the first governor: what the act narrated does to encryption */
        private int actValue;
        /** the verb of "joined X in asking", whose object shares the act; -1 when the walk passed none */
        private int sharedActAt = -1;

        Walk(StanceSentence s, Target target, List<Reading> out, List<MeasureEffects.Measure> observed) {
            this.s = s;
            this.tree = s.tree();
            this.target = target;
            this.out = out;
            this.observed = observed;
            this.confidence = BASE * target.confidence() * (s.sentence().sentence().heading() ? HEADING : 1.0);
        }

        private String key(int i) {
            String lemma = lex.lemma(tree.lemma(i), tree.word(i));
            int particle = particleOf(i, lemma);
            String base = particle < 0 ? lemma : lemma + " " + tree.word(particle).toLowerCase(Locale.ROOT);
            String withPhrase = withExemptingPhrase(i, base);
            return withPhrase != null ? withPhrase : base;
        }

        /**
         * The verb's particle ("roll out"), also one the parser took for an adverb when only
         * the pair is a known governor ("trading away"); not a hyphenated modifier hung on the
         * verb ("end-to-end"). -1 when it has none.
         */
        private int particleOf(int verb, String lemma) {
            int particle = tree.child(verb, "prt");
            if (particle >= 0 && tree.tag(particle).equals("HYPH")) {
                particle = -1;
            }
            if (particle < 0 && verb + 1 < tree.size() && tree.head(verb + 1) == verb && tree.is(verb + 1, "advmod")
                    && lex.governor(lemma) == null
                    && lex.governor(lemma + " " + tree.word(verb + 1).toLowerCase(Locale.ROOT)) != null) {
                return verb + 1;
            }
            return particle;
        }

        /**
         * "leaving encrypted messages outside the scope", "left out of": the key with the
         * prepositional phrase or particle when that is a known exemption (a governor of
         * polarity +1), else null. A harm with its phrase ("put at risk") is read by its own rules.
         */
        private String withExemptingPhrase(int verb, String base) {
            for (int prep : tree.children(verb, Set.of("prep"))) {
                int object = tree.child(prep, "pobj");
                if (object < 0) {
                    // "left out of the scan": the parser's preposition is the verb's particle
                    String pair = base + " " + tree.word(prep).toLowerCase(Locale.ROOT);
                    Integer pol = prep == verb + 1 || prep == afterObject(verb) && exempting(prep) ? lex.governor(pair) : null;
                    if (pol != null && pol > 0) {
                        return pair;
                    }
                    continue;
                }
                String longer = base + " " + tree.word(prep).toLowerCase(Locale.ROOT) + " "
                        + lex.lemma(tree.lemma(object), tree.word(object)).toLowerCase(Locale.ROOT);
                Integer pol = lex.governor(longer);
                if (pol != null && pol > 0) {
                    return longer;
                }
            }
            return null;
        }

        /** The token right after a verb's direct object ("keep encrypted services | out of"), or -1. */
        private int afterObject(int verb) {
            int object = tree.child(verb, "dobj");
            return object > verb ? tree.span(object)[1] : -1;
        }

        /** Whether a preposition is the particle of an exempting phrase ("out" of "keep X out of"). */
        private boolean exempting(int prep) {
            int verb = tree.head(prep);
            return verb >= 0 && lex.exempting(lex.lemma(tree.lemma(verb), tree.word(verb)) + " " + tree.word(prep));
        }

        /** Whether another target of the sentence has its head at this token. */
        private boolean isTargetHead(int node) {
            AnalysedSentence a = s.sentence();
            if (a.lawAt(node) != null) {
                return true;
            }
            PhraseMatcher.Match m = lex.targets().at(a.tokens(), node);
            return m != null && !m.list().equals(CompositionLexicon.MEASURE) && m.to() == node + 1;
        }

        /**
         * Whether the target is the state a finite form of "be" gives, without a modal, in a
         * clause that a verb of plain reporting governs ("found that the backups were not
         * encrypted"): how things are, not how the source would have them.
         */
        private boolean reportedState(int head) {
            boolean predicate = tree.is(head, "acomp") || tree.is(head, "attr");
            int clause = predicate ? tree.head(head) : tree.child(head, "auxpass") >= 0 ? head : -1;
            if (clause < 0 || !tree.is(clause, "ccomp") || !lex.factReporting(key(tree.head(clause)))) {
                return false;
            }
            for (int k : tree.children(clause)) {
                if (tree.tag(k).equals("MD") || tree.tag(k).equals("TO")) {
                    return false;
                }
            }
            int be = predicate ? clause : tree.child(head, "auxpass");
            return tree.tag(be).startsWith("VB") && !tree.tag(be).equals("VB") && !tree.tag(be).equals("VBG")
                    && tree.tag(clause).startsWith("VB");
        }

        private int value() {
            return attitude * target.effect();
        }

        void run() {
            if (reportedState(target.head())) {
                return; // "reports that its meetings are not end-to-end encrypted": a fact about a product
            }
            int node = target.head();
            int previous = -1;
            Set<Integer> visited = new java.util.HashSet<>();
            negate(node);
            for (int k : tree.children(node)) {
                if ((tree.isModifier(k) || tree.is(k, "compound")) && (lex.weakening(lemmaOf(k)) || lex.damage(lemmaOf(k)))) {
                    // "weaker encryption", "broken encryption": the thing named is encryption undone
                    attitude = -attitude;
                    cues.add(tree.word(k).toLowerCase(Locale.ROOT));
                }
            }
            Integer verdict = modifierVerdict(node);
            if (verdict != null) {
                // "the catastrophic decision", "this dangerous bill": the noun phrase judges its thing
                attitude *= verdict;
                judged = true;
                rule = "stance-judgement";
                confidence *= JUDGEMENT;
            }
            for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
                if (TRACE) {
                    System.err.println("     node " + node + " " + tree.word(node));
                }
                visited.add(node);
                if (node != target.head()) {
                    observe(node);
                }
                if (node != target.head() && previous >= 0) {
                    emitMakersOfObject(node, previous);
                    emitJoined(node);
                }
                if (node != target.head() && (emitAt(node) || emitPossessor(node))) {
                    return;
                }
                int aside = asideSpeaker(node);
                if (aside >= 0 && !asserted) {
                    node = report(node, aside);
                    continue;
                }
                int parent = tree.head(node);
                if (parent < 0) {
                    return;
                }
                if (TRACE) {
                    System.err.println("     at " + tree.word(node) + " -> " + tree.word(parent) + " (" + tree.label(node) + ") attitude "
                            + attitude + " judged " + judged + " asserted " + asserted);
                }
                previous = node;
                node = climb(node, parent);
                if (node >= 0 && visited.contains(node) && tree.is(previous, "parataxis")) {
                    // "Platforms, she argued, should not be allowed ...": the aside was read; back at the
                    // clause it interrupts, the walk would go round it again
                    return;
                }
                if (node >= 0 && node != target.head() && isTargetHead(node) && !refusal && !asserted) {
                    // "backdoors that weaken encryption": the backdoor's own walk reads the rest, knowing
                    // what a law so described does ("the Harbour Safety Bill that could force scanning")
                    observe(node);
                    return;
                }
            }
        }

        /**
         * Moves from a node to its parent, composing what the parent does to the value;
         * returns the node to go on from, or -1 to stop.
         */
        private int climb(int node, int parent) {
            int refusedBy = refusedAfter(node);
            if (refusedBy >= 0 && !refusal) {
                // "stopped offering it rather than comply with the order", however the parser hung "than comply"
                attitude = -attitude;
                cues.add(lex.refusalCue());
                refusal = true;
                return refusedBy;
            }
            String rel = participleAside(node, parent) ? "advcl" : tree.label(node);
            if (rel.equals("conj") && tree.isVerb(node) && !linked(node, parent)) {
                return -1; // "argued that police were going dark as terrorists moved to ...": a clause the parser could not place
            }
            if (rel.equals("conj")) {
                if (refusedConjunct(node) && !refusal) {
                    // "would quit the market sooner than weaken its encryption"
                    attitude = -attitude;
                    cues.add(lex.refusalCue());
                    refusal = true;
                    return parent;
                }
                // a conjunct with a subject of its own is its own clause: its value is not the other conjunct's,
                // but "said that X and that Y" makes both complements of the same verb of saying
                if (explicitSubject(node) >= 0 && !refusal) {
                    int head = tree.coordinationHead(node);
                    return CLAUSE_LINKS.contains(tree.label(head)) && tree.head(head) >= 0 ? report(node, tree.head(head)) : -1;
                }
                int head = tree.coordinationHead(node);
                if (lex.ownAct(key(node)) && CLAUSE_LINKS.contains(tree.label(head)) && tree.head(head) >= 0
                        && lex.reporting(key(tree.head(head))) && hasSubjectOfItsOwn(head)) {
                    // "said the fall was expected and urged Acme to ...": the second verb is the speaker's own,
                    // coordinated with "said", not with what was said
                    return tree.head(head);
                }
                if (norConjunct(node, parent)) {
                    // "neither mass scanning nor backdoors": the second member shares the first's negation
                    attitude = -attitude;
                    negated = true;
                    cues.add("nor");
                } else if (sharesNegation(node, parent)) {
                    negate(parent); // "does not ban or break encryption"
                }
                return parent;
            }
            if (refusal) {
                return parent;
            }
            if (asserted) {
                int document = documentSpeaking(node, parent, rel);
                if (document >= 0) {
                    return document;
                }
                // past a verb of saying the value is the speaker's: it only goes on to a subject the speaker shares
                return rel.equals("advcl") && !condition(node) ? parent : -1;
            }
            if (rel.equals("nsubj") || rel.equals("csubj")) {
                return judge(node, parent);
            }
            if ((rel.equals("acl") || rel.equals("relcl")) && deniedHarm(node)) {
                // "insisting her proposal does not ban encryption": a measure said not to harm encryption is a
                // claim about the measure; whoever backs it takes no side on encryption by that
                return -1;
            }
            int reporter = rel.equals("acl") ? reporterAbovePreposition(node, parent) : -1;
            if (reporter >= 0) {
                // "had warned from the outset that the measure endangered ...": the parser hung the reported clause
                // on the noun of a preposition of the verb of saying
                return report(node, reporter);
            }
            int saying = rel.equals("acl") ? sayingOfObject(node, parent) : -1;
            if (saying >= 0) {
                return report(node, saying);
            }
            int speech = (rel.equals("acl") || rel.equals("advcl")) && tree.isVerb(node) ? contentOf(node) : -1;
            if (speech >= 0) {
                // "a warning that the bill would break encryption": what the noun says
                return report(node, speech);
            }
            if (rel.equals("acl") && (lex.directive(key(node)) || lex.reporting(key(node))) && addressedDocument(parent) >= 0) {
                // "wrote a letter to the minister urging him to drop the plan": the participle is the letter's
                return addressedDocument(parent);
            }
            if (CLAUSE_LINKS.contains(rel)) {
                return report(node, parent);
            }
            if (rel.equals("advcl")) {
                int content = interruptedContent(node, parent);
                if (content >= 0) {
                    // "Preventing X, the two bodies said, would weaken Y": the gerund is the subject of what is said
                    return judge(node, content);
                }
                if (lex.characterising(key(parent)) && expletiveObject(parent, node)) {
                    // "called it foolish to add a backdoor": the infinitive is what is called crazy, not a purpose
                    return calledAs(parent) != null && through(parent, key(parent)) ? parent : -1;
                }
                if (comparedRefusal(node, parent)) {
                    // "would rather leave the market than break its encryption"
                    attitude = -attitude;
                    cues.add(lex.refusalCue());
                    refusal = true;
                    return parent;
                }
                return condition(node) || !purposeOrManner(node) ? -1 : parent;
            }
            if (rel.equals("relcl")) {
                if (tree.is(parent, "poss") && tree.head(parent) > parent) {
                    parent = tree.head(parent); // "its bill that could be used to ...": the parser hung the clause on "its"
                }
                // what the relative clause says describes its antecedent when that is a measure or a document
                // ("a bill which would break encryption", "a letter that urges"), not when it is someone
                return measureNoun(parent) || lex.governor(key(parent)) != null && tree.tag(parent).startsWith("NN")
                        && !lex.people(lemmaOf(parent)) ? parent : -1;
            }
            if (rel.equals("pobj") || rel.equals("pcomp")) {
                return preposition(node, parent);
            }
            if (rel.equals("prep")) {
                if (exempting(node)) {
                    // "keep encrypted services out of any scanning order": what they are kept out of is not what is kept
                    return -1;
                }
                return through(parent, tree.lemma(parent)) ? parent : -1;
            }
            if (rel.equals("compound") || rel.equals("nmod")) {
                // "encryption plans" are plans for encryption; an "encryption fight" or "encryption law" is only about it
                return lex.compoundCarrier(key(parent)) && through(parent, key(parent)) ? parent : -1;
            }
            String withTo = rel.equals("xcomp") && infinitive(node) && lex.toWord(tree.word(node - 1))
                    ? key(parent) + " " + tree.word(node - 1).toLowerCase(Locale.ROOT) : null;
            if (withTo != null && lex.governor(withTo) != null) {
                // "threatened to leave": the subject's own act, though "threaten" alone harms what it governs
                return through(parent, withTo) ? parent : -1;
            }
            if (OBJECT_LIKE.contains(rel)) {
                return through(parent, key(parent)) ? parent : -1;
            }
            return -1;
        }

        /**
         * Where a saying goes on to when a document says it: from the participle to the document
         * ("an open letter warning that ..."), and from the document to the verb whose subject
         * makes it ("published an open letter", "joined X in an open letter"); -1 elsewhere.
         */
        private int documentSpeaking(int node, int parent, String rel) {
            if (rel.equals("acl") && lex.reporting(key(node))) {
                // "a letter to lawmakers warning that ...": the parser hangs the participle from the addressee
                return speakingNoun(parent) ? parent : addressedDocument(parent);
            }
            if (!speakingNoun(node)) {
                return -1;
            }
            if (rel.equals("pobj") && addressedDocument(node) >= 0) {
                // "a letter to the government warning that ...", the participle taken for a noun the addressee modifies
                return addressedDocument(node);
            }
            if (rel.equals("dobj") && lex.making(key(parent))) {
                return parent;
            }
            int verb = tree.head(parent);
            if (rel.equals("pobj") && verb >= 0 && tree.isVerb(verb) && lex.sharedAct(key(verb) + " " + tree.lemma(parent).toLowerCase(Locale.ROOT))) {
                sharedActAt = verb; // "joined X in an open letter": X signs too
                return verb;
            }
            return -1;
        }

        /**
         * The document a noun is the addressee of: "a letter to the minister", "sent a letter to
         * the minister"; -1 when it is none.
         */
        private int addressedDocument(int noun) {
            int prep = tree.head(noun);
            if (prep < 0 || !tree.is(noun, "pobj") || !lex.toWord(tree.word(prep))) {
                return -1;
            }
            int host = tree.head(prep);
            if (host < 0) {
                return -1;
            }
            if (speakingNoun(host)) {
                return host;
            }
            int object = tree.isVerb(host) ? tree.child(host, "dobj") : -1;
            return object >= 0 && object < prep && speakingNoun(object) ? object : -1;
        }

        /**
         * The word of speech just before the "that" opening a clause: "a warning that the bill
         * would ...", which the parser may hang elsewhere; -1 when there is none.
         */
        private int contentOf(int clause) {
            for (int k : tree.children(clause)) {
                if (tree.is(k, "mark") && lex.complementiser(tree.word(k)) && k > 0 && speakingNoun(k - 1)) {
                    return k - 1;
                }
            }
            return -1;
        }

        /** A noun that says things: "letter", "statement". */
        private boolean speakingNoun(int token) {
            return tree.tag(token).startsWith("NN") && lex.reporting(key(token));
        }

        /**
         * "asking her to drop the plan, warning it would ...": a participle set off by a
         * comma after a verb, which the parser left as an unlabelled dependent, is an adverbial clause.
         */
        private boolean participleAside(int node, int parent) {
            return tree.is(node, "dep") && tree.tag(node).equals("VBG") && tree.isVerb(parent) && node > parent
                    && tree.word(node - 1).equals(",");
        }

        /** A preposition and the word it hangs from: "call for", "fight against", "rather than", "a backdoor into". */
        private int preposition(int node, int prep) {
            String p = tree.lemma(prep).toLowerCase(Locale.ROOT);
            if (isRefusal(prep)) {
                attitude = -attitude;
                cues.add("rather " + p);
                refusal = true;
                return prep;
            }
            int governor = tree.head(prep);
            if (governor >= 0 && measureNoun(governor) && !lex.measureComplement(p) && !p.equals("to")) {
                // "powers over private messaging", "rules on encryption": what a measure does to the thing is not said
                return -1;
            }
            if (governor >= 0 && lex.about(p) && tree.tag(governor).startsWith("NN") && lex.documentTitleNoun(lemmaOf(governor))) {
                // "earlier statements on encryption": a document's topic, not the side it takes
                return -1;
            }
            String used = governor >= 0 ? key(governor) + " " + p : null;
            if (governor >= 0 && tree.is(prep, "prep") && !judged && (lex.shelter(used) || takenUp(used)) && byWrongdoers(governor)) {
                // "criminals hide behind encryption", "terrorists moved to encrypted apps": a cover for wrongdoing
                associateWithHarm(used);
                return governor;
            }
            int object = governor >= 0 && tree.isVerb(governor) && tree.is(prep, "prep") ? tree.child(governor, "dobj") : -1;
            if (object >= 0 && object < prep && tree.tag(object).startsWith("NN") && lex.nounComplement(p)) {
                // "has led opposition in Parliament to the regulation": the parser hung the preposition on the
                // verb, but the noun of attitude between them takes it
                String nounPair = key(object) + " " + p;
                Integer pol = lex.governor(nounPair) != null ? lex.governor(nounPair) : lex.governor(key(object));
                if (pol != null) {
                    step(object, pol, lex.governor(nounPair) != null ? nounPair : key(object));
                    return object;
                }
            }
            if (governor >= 0 && tree.is(prep, "prep")) {
                String pair = key(governor) + " " + p;
                Integer pol = lex.governor(pair);
                if (pol != null) {
                    step(governor, pol, pair);
                    if (lex.sharedAct(pair)) {
                        sharedActAt = governor;
                    }
                    return governor;
                }
            }
            Integer pol = lex.governor(p);
            if (pol != null && pol < 0) {
                attitude = -attitude;
                cues.add(p);
                if (p.equals("without") && firstGovernor >= 0 && lex.damage(key(firstGovernor))) {
                    consequence = true;
                }
                return prep;
            }
            int act = governor >= 0 ? freeRelativeAct(governor) : -1;
            if (act >= 0) {
                // "urged it to reject what they described as a false compromise": the act is done to the thing so described
                return through(act, key(act)) ? act : -1;
            }
            if (governor >= 0 && lex.asPreposition(p) && lex.characterising(key(governor))) {
                // "described the rules as a backdoor": what the rules are called
                return through(governor, key(governor)) ? governor : -1;
            }
            if (governor >= 0 && tree.isVerb(governor) && lex.among(p) && lex.people(lemmaOf(node))
                    && tree.child(governor, "dobj") < 0) {
                // "has been among the most outspoken critics of the rollout": one of them
                return governor;
            }
            if (governor >= 0 && tree.isVerb(governor) && lex.container(p) && measureNoun(node)
                    && tree.child(governor, "dobj") >= 0 && measureNoun(tree.child(governor, "dobj"))) {
                // "rethink the powers in its bill that could ...": the law holds the measure the verb acts on
                return through(governor, key(governor)) ? governor : -1;
            }
            if (governor >= 0 && tree.isVerb(governor) && !tree.is(prep, "agent")) {
                // a verb carries a prepositional phrase only as a known pair ("call for", "vote against"):
                // "built safeguards into that law" says nothing of the law
                return -1;
            }
            return lex.transparent(p) || tree.is(prep, "agent") ? prep : -1;
        }

        /**
         * A verb written right after "rather than", "sooner than" or "instead of": the predicate
         * before those words, whose subject refuses the verb's act; -1 when there is none.
         */
        private int refusedAfter(int verb) {
            if (!tree.isVerb(verb) || verb < 2) {
                return -1;
            }
            if (!lex.refusal(tree.word(verb - 2) + " " + tree.word(verb - 1))) {
                return -1;
            }
            for (int k = verb - 3; k >= 0; k--) {
                if (tree.isVerb(k) && explicitSubject(k) >= 0 && !tree.dominates(verb, k)) {
                    return k;
                }
            }
            return -1;
        }

        /** A clause with a subject of its own, active or passive. */
        private boolean hasSubjectOfItsOwn(int clause) {
            return explicitSubject(clause) >= 0 || tree.passiveSubject(clause) >= 0;
        }

        /** "rather X than Y", "sooner X than Y": the clause after "than" is what is refused. */
        private boolean comparedRefusal(int clause, int main) {
            boolean than = false;
            for (int k : tree.children(clause)) {
                than |= tree.is(k, "mark") && tree.word(k).equalsIgnoreCase("than");
            }
            if (!than) {
                return false;
            }
            for (int k : tree.children(main)) {
                String w = tree.word(k).toLowerCase(Locale.ROOT);
                if (tree.is(k, "advmod") && (w.equals("rather") || w.equals("sooner"))) {
                    return true;
                }
            }
            return false;
        }

        /** A conjunct after "nor", whose first member is negated by "neither". */
        private boolean norConjunct(int conjunct, int first) {
            for (int k : tree.children(first)) {
                if (tree.is(k, "cc") && tree.word(k).equalsIgnoreCase("nor") && k < conjunct) {
                    return true;
                }
            }
            for (int k : tree.children(conjunct)) {
                if (tree.is(k, "cc") && tree.word(k).equalsIgnoreCase("nor")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a conjunct is joined to the word it hangs from by a conjunction or a comma of
         * its own ("said X and urged Y", "said X, urged Y"), as a real coordination is.
         */
        private boolean linked(int conjunct, int first) {
            if (tree.tag(conjunct).equals("VB") && FINITE_SINGLE.contains(tree.tag(first)) && tree.child(conjunct, "aux") < 0
                    && explicitSubject(conjunct) < 0) {
                // "warned that the tools 'will be used to censor speech, threaten privacy ...'": a bare verb
                // is not coordinated with a past or third-person one; the parser lost the clause it belongs to
                return false;
            }
            if (conjunct > 0 && tree.word(conjunct - 1).equals(",")) {
                return true;
            }
            for (int k = first + 1; k < conjunct; k++) {
                if (tree.is(k, "cc") && (tree.head(k) == first || tree.head(k) == conjunct || tree.is(tree.head(k), "conj")
                        && tree.head(tree.head(k)) == first)) {
                    return true;
                }
            }
            return tree.child(conjunct, "cc") >= 0;
        }

        /**
         * Whether a verb coordinated by "or" under a negated verb falls under its negation: "does
         * not ban or break", not "did not ban it but broke it" or "will not ban it or it will ...".
         */
        private boolean sharesNegation(int conjunct, int first) {
            if (!tree.isVerb(conjunct) || !tree.isVerb(first) || isNegated(conjunct) || !isNegated(first)) {
                return false;
            }
            boolean alternative = false;
            for (int k : tree.children(first)) {
                if (tree.is(k, "cc") && k < conjunct) {
                    alternative = lex.alternative(tree.word(k));
                }
            }
            for (int k : tree.children(conjunct)) {
                if (tree.is(k, "aux") || tree.is(k, "cc") && !lex.alternative(tree.word(k))) {
                    return false;
                }
            }
            return alternative;
        }

        /** A conjunct joined by "rather than" or "instead of" (the parser's cc reading of them). */
        private boolean refusedConjunct(int conjunct) {
            for (int k : tree.children(conjunct)) {
                if (tree.is(k, "cc") && isRefusal(k)) {
                    return true;
                }
            }
            for (int k : tree.children(tree.head(conjunct))) {
                if (tree.is(k, "cc") && k < conjunct && isRefusal(k) && conjunct - k <= 3) {
                    return true;
                }
            }
            return false;
        }

        private boolean measureNoun(int token) {
            PhraseMatcher.Match m = lex.targets().at(s.sentence().tokens(), token);
            return s.sentence().lawAt(token) != null || m != null && m.list().equals(CompositionLexicon.MEASURE);
        }

        /** "rather than", "instead of": what follows is refused. */
        private boolean isRefusal(int prep) {
            String p = tree.word(prep).toLowerCase(Locale.ROOT);
            for (int k : tree.children(prep)) {
                String w = tree.word(k).toLowerCase(Locale.ROOT);
                if ((p.equals("than") && w.equals("rather")) || (p.equals("of") && w.equals("instead"))) {
                    return true;
                }
            }
            int h = tree.head(prep);
            return p.equals("of") && h >= 0 && tree.word(h).equalsIgnoreCase("instead");
        }

        /**
         * "said "lawful access" to encrypted content was a backdoor": a quotation mark made the
         * parser take the subject of what is said for the object of the verb of saying, and hang
         * the finite verb on it; that verb of saying, or -1.
         */
        private int sayingOfObject(int verb, int object) {
            if (!FINITE_SINGLE.contains(tree.tag(verb)) || explicitSubject(verb) >= 0 || !tree.is(object, "dobj") || object > verb) {
                return -1;
            }
            int saying = tree.head(object);
            return saying >= 0 && lex.reporting(key(saying)) ? saying : -1;
        }

        /** Whether a word of capacity is what a directive asks for: "required Acme to be able to ...". */
        private boolean askedFor(int capacity) {
            int up = tree.head(capacity);
            while (up >= 0 && tree.isVerb(up) && !lex.directive(key(up)) && lex.transparent(lemmaOf(up)) && tree.is(up, "xcomp")) {
                up = tree.head(up); // "to be able": past the copula
            }
            // "security services must be able to read ...": a capacity the speaker prescribes (the subject of
            // the prescription is not its holder: see prescribed)
            return up >= 0 && (lex.directive(key(up)) || tree.isVerb(up) && prescribed(up));
        }

        /** Passes through a governing word: multiplies by its polarity, or stops at a word no list knows. */
        private boolean through(int governor, String key) {
            if (lex.capacity(key)) {
                return askedFor(governor);
            }
            if (lex.characterising(key)) {
                // "called the plan mass surveillance", "described the rules as a backdoor": the object is condemned
                // under the harm's name; "called it the wrong decision": the object is what is judged
                Integer called = target.effect() < 0 && !judged && namedAs(governor) ? Integer.valueOf(-1) : calledAs(governor);
                if (called != null) {
                    attitude *= called;
                    judged = true;
                    rule = "stance-judgement";
                    confidence *= JUDGEMENT;
                    cues.add(key);
                    negate(governor);
                    return true;
                }
                if (callsItSomething(governor)) {
                    return false; // "called the plans 'not acceptable'": called something this reading cannot weigh
                }
            }
            if (takenUp(key) && byWrongdoers(governor)) {
                associateWithHarm(key); // "paedophiles use encrypted apps"
                return true;
            }
            Integer pol = lex.governor(key);
            String idiom = pol == null ? idiom(governor) : null;
            if (idiom != null) {
                key = idiom;
                pol = lex.governor(idiom);
            }
            if (pol == null && !key.equals(tree.lemma(governor))) {
                pol = lex.governor(lemmaOf(governor));
            }
            if (pol == null) {
                if (lex.transparent(lemmaOf(governor)) || tree.tag(governor).equals("IN") || tree.tag(governor).equals("TO")) {
                    negate(governor);
                    return true;
                }
                return false;
            }
            if (lex.directive(key) && pol > 0 && isNegated(governor)) {
                return false; // "is not asking anyone to break encryption": a disclaimer, not a stance either way
            }
            step(governor, pol, key);
            return true;
        }

        /**
         * Whether the target is what a verb of calling calls its object ("called the plan mass
         * surveillance", "described the rules as a backdoor"), not the object itself.
         */
        private boolean namedAs(int verb) {
            int object = tree.child(verb, "dobj");
            if (object < 0 || object >= target.head() || tree.tag(object).startsWith("W")) {
                return false; // "what he calls mass surveillance" names the thing itself
            }
            int head = target.head();
            if (tree.head(head) == verb) {
                return tree.is(head, "oprd") || tree.is(head, "attr") || tree.is(head, "xcomp") && !infinitive(head);
            }
            int prep = tree.head(head);
            return prep >= 0 && tree.head(prep) == verb && tree.is(head, "pobj") && lex.asPreposition(tree.word(prep));
        }

        /**
         * The verb of saying whose preposition holds the noun a "that" clause hangs from ("warned
         * from the outset that ..."), when that noun does not itself speak; else -1.
         */
        private int reporterAbovePreposition(int clause, int noun) {
            boolean that = false;
            for (int k : tree.children(clause)) {
                that |= k < clause && tree.is(k, "mark") && lex.complementiser(tree.word(k));
            }
            int prep = tree.head(noun);
            int verb = prep >= 0 && tree.is(noun, "pobj") ? tree.head(prep) : -1;
            boolean reported = that && verb >= 0 && verb < noun && tree.isVerb(verb) && lex.reporting(key(verb));
            return reported && !speakingNoun(noun) ? verb : -1;
        }

        /** Whether the word is a verb of harm that a negation hangs from: "does not ban", "would never weaken". */
        private boolean deniedHarm(int verb) {
            Integer pol = lex.governor(key(verb));
            return tree.isVerb(verb) && pol != null && pol < 0 && isNegated(verb);
        }

        /** Whether a negation hangs from the word ("not asking", "never required"). */
        private boolean isNegated(int word) {
            if (tree.negated(word)) {
                return true;
            }
            for (int k : tree.children(word)) {
                if ((tree.is(k, "neg") || tree.is(k, "advmod")) && lex.negator(lemmaOf(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a verb of calling has a second complement: it calls its object something, rather than calling for it. */
        private boolean callsItSomething(int verb) {
            for (int k : tree.children(verb)) {
                // an infinitive is what the verb asks for ("called on companies to give police a way in"), not a name
                boolean second = tree.is(k, "oprd") || tree.is(k, "xcomp") && !infinitive(k) || tree.is(k, "attr")
                        || tree.is(k, "acomp") || tree.is(k, "ccomp") && !infinitive(k) || tree.is(k, "dobj") && k > target.to();
                if (second && k != target.head() || tree.is(k, "prep") && lex.asPreposition(tree.word(k))) {
                    return true;
                }
            }
            return false;
        }

        private boolean infinitive(int verb) {
            for (int k : tree.children(verb)) {
                if (tree.tag(k).equals("TO") && k < verb) {
                    return true;
                }
            }
            return false;
        }

        /** What a verb of calling calls its object: the evaluation of its second complement, or of "as ...". */
        private Integer calledAs(int verb) {
            for (int k : tree.children(verb)) {
                int phrase = -1;
                if (tree.is(k, "oprd") || tree.is(k, "xcomp") || tree.is(k, "attr") || tree.is(k, "dobj") && k > target.to()) {
                    phrase = k;
                } else if (tree.is(k, "prep") && lex.asPreposition(tree.word(k))) {
                    phrase = tree.child(k, "pobj");
                }
                if (phrase >= 0 && phrase != target.head()) {
                    Integer e = phraseVerdict(phrase);
                    if (e != null) {
                        return isNegated(phrase) ? -e : e; // "called the plans 'not acceptable'"
                    }
                }
            }
            // "branded the draft rules badly misguided": an adjective after the object's noun is what it is called,
            // whatever the parser hung it from (English puts its own adjectives before the noun)
            int object = target.head();
            if (tree.head(object) == verb && tree.is(object, "dobj")) {
                for (int k : tree.children(object)) {
                    if (k > object && tree.tag(k).startsWith("JJ") && (tree.is(k, "nmod") || tree.is(k, "amod"))) {
                        Integer e = phraseVerdict(k);
                        if (e != null) {
                            return isNegated(k) ? -e : e;
                        }
                    }
                }
            }
            // "called any attempt to weaken encryption unacceptable": an adjective ending a longer object, which the
            // parser hung inside it as a modifier of its last verb
            int longObject = tree.child(verb, "dobj");
            int last = longObject >= 0 ? tree.span(longObject)[1] - 1 : -1;
            if (last > longObject && longObject >= 0 && tree.tag(last).startsWith("JJ") && tree.head(last) != longObject
                    && (tree.is(last, "advmod") || tree.is(last, "amod") || tree.is(last, "nmod") || tree.is(last, "advcl"))
                    && tree.isVerb(tree.head(last))) {
                Integer e = phraseVerdict(last);
                if (e != null) {
                    return isNegated(last) ? -e : e;
                }
            }
            return null;
        }

        /** The evaluation a noun phrase carries: its head ("a threat"), with a modifier ("wrong decision", "step back"). */
        private Integer phraseVerdict(int head) {
            Integer e = lex.evaluation(lemmaOf(head));
            if (e != null) {
                return diminished(head) ? -e : e; // "would make users less safe"
            }
            for (int m : tree.children(head)) {
                if (tree.isModifier(m) || tree.is(m, "compound") || tree.is(m, "advmod") || tree.is(m, "prt")) {
                    Integer whole = m < head ? lex.evaluation(lemmaOf(m) + " " + lemmaOf(head))
                            : lex.evaluation(lemmaOf(head) + " " + tree.word(m).toLowerCase(Locale.ROOT));
                    if (whole != null) {
                        return whole;
                    }
                    Integer modifier = tree.isModifier(m) ? lex.evaluation(lemmaOf(m)) : null;
                    if (modifier != null) {
                        return modifier;
                    }
                }
            }
            return null;
        }

        /**
         * The state a verb of result puts its object into, judged: "would leave users vulnerable"
         * (-1), "makes children safer" (+1), "would leave children more exposed" (the parser's
         * clause on the object); null when none is named.
         */
        private Integer resultingState(int verb) {
            List<Integer> states = new ArrayList<>();
            for (int k : tree.children(verb)) {
                if (tree.is(k, "oprd") || tree.is(k, "acomp") || tree.is(k, "ccomp") || tree.is(k, "xcomp")) {
                    states.add(k);
                }
            }
            int object = tree.child(verb, "dobj");
            if (object >= 0) {
                for (int k : tree.children(object)) {
                    if (k > object && (tree.is(k, "acl") || tree.is(k, "amod"))) {
                        states.add(k);
                    }
                }
            }
            for (int state : states) {
                Integer e = lex.state(tree.word(state));
                if (e == null) {
                    e = lex.state(lemmaOf(state));
                }
                if (e != null && (tree.tag(state).startsWith("JJ") || tree.tag(state).equals("VBN"))) {
                    return diminished(state) ? -e : e;
                }
            }
            return null;
        }

        /** Whether a word of degree turns the evaluation round: "less safe", "barely secure". */
        private boolean diminished(int head) {
            for (int k : tree.children(head)) {
                if (k < head && (tree.is(k, "advmod") || tree.isModifier(k)) && lex.diminishing(tree.word(k))) {
                    return true;
                }
            }
            return false;
        }

        /** "put encryption at risk", "open the door to": a verb read with its prepositional phrase, when a list knows the whole. */
        private String idiom(int verb) {
            int[] span = tree.span(verb);
            for (int k = span[0]; k < span[1]; k++) {
                if (tree.is(k, "prep") && tree.dominates(verb, k)) {
                    int object = tree.child(k, "pobj");
                    if (object >= 0) {
                        String whole = key(verb) + " " + tree.word(k).toLowerCase(Locale.ROOT) + " " + tree.lemma(object);
                        if (lex.governor(whole) != null) {
                            return whole;
                        }
                    }
                }
            }
            return null;
        }

        private void step(int governor, int pol, String key) {
            attitude *= pol;
            cues.add(key);
            boolean first = firstGovernor < 0;
            if (first) {
                firstGovernor = governor;
            }
            negate(governor);
            if (first) {
                actValue = value();
            }
        }

        /**
         * "The move, he said, lacked safeguards": a verb of saying set into the clause it reports,
         * which the parser hangs from that clause; -1 when the clause has none.
         */
        private int asideSpeaker(int clause) {
            if (!tree.isVerb(clause) && !tree.tag(clause).startsWith("JJ")) {
                return -1;
            }
            for (int k : tree.children(clause)) {
                if ((tree.is(k, "parataxis") || tree.is(k, "ccomp") && k > target.head()) && lex.reporting(key(k))
                        && explicitSubject(k) >= 0 && tree.child(k, "ccomp") < 0 && tree.child(k, "dobj") < 0) {
                    return k;
                }
            }
            return -1;
        }

        /** A negation hanging from a word reverses it: "did not oppose", "never backed", "no backdoor". */
        private void negate(int word) {
            if (tree.negated(word)) {
                attitude = -attitude;
                negated = true;
                cues.add("n't");
            }
            for (int k : tree.children(word)) {
                if ((tree.is(k, "neg") || tree.is(k, "det") || tree.is(k, "advmod") || tree.is(k, "preconj"))
                        && lex.negator(lemmaOf(k))) {
                    attitude = -attitude;
                    negated = true;
                    cues.add(tree.word(k).toLowerCase(Locale.ROOT));
                    confidence *= 0.95;
                }
            }
        }

        /** An adjective of harm or benefit on a noun: "the catastrophic decision", "a vital protection". */
        private Integer modifierVerdict(int noun) {
            for (int k : tree.children(noun)) {
                if (tree.isModifier(k)) {
                    Integer e = lex.opinion(lemmaOf(k));
                    if (e != null) {
                        return e;
                    }
                }
            }
            return null;
        }

        private String lemmaOf(int i) {
            return lex.lemma(tree.lemma(i), tree.word(i));
        }

        /** The thing is the subject of its clause: what the clause says of it ("encryption hides abuse"). */
        private int judge(int node, int predicate) {
            Integer verdict = verdict(predicate);
            if (verdict == null && judged) {
                // already judged by its own words: the clause only carries the judgement to who says it
                return predicate;
            }
            if (verdict == null) {
                return -1;
            }
            if (verdict < 0 && isNegated(predicate)) {
                // "must not become a safe haven": denying a harm of a thing is no praise of it
                return -1;
            }
            attitude *= verdict;
            judged = true;
            rule = "stance-judgement";
            confidence *= JUDGEMENT;
            cues.add(key(predicate));
            negate(predicate);
            return predicate;
        }

        /** A verb's subject, or the subject the parser hung on its auxiliary ("criminals had for years hidden"); -1 if none. */
        /** Whether the walk's first act on encryption is one that takes it up ("use", "move to"). */
        private boolean takenUp(String act) {
            Integer pol = lex.governor(act);
            return pol != null && pol > 0 && firstGovernor < 0 && target.effect() > 0 && !judged;
        }

        /** Whether a verb's subject is wrongdoers (lex:harmNouns): "criminals", "terrorists and paedophiles". */
        private boolean byWrongdoers(int verb) {
            int subject = wideSubject(verb) >= 0 ? antecedent(wideSubject(verb)) : -1;
            return subject >= 0 && lex.harmNoun(lemmaOf(subject)) && referent(subject).actors().isEmpty();
        }

        /** The thing is named as what wrongdoers use: a judgement against it. */
        private void associateWithHarm(String cue) {
            attitude = -attitude;
            judged = true;
            rule = "stance-harm-association";
            confidence *= JUDGEMENT;
            cues.add(cue);
        }

        private int wideSubject(int verb) {
            int subject = tree.subject(verb);
            for (int k : tree.children(verb)) {
                if (subject < 0 && tree.is(k, "aux")) {
                    subject = tree.child(k, "nsubj");
                }
            }
            return subject;
        }

        /**
         * For a verb of characterising whose object is a free relative ("what they described
         * as ..."), the verb the free relative is the object of ("reject"); else -1.
         */
        private int freeRelativeAct(int verb) {
            if (!lex.characterising(key(verb)) || !CLAUSE_LINKS.contains(tree.label(verb)) || tree.head(verb) < 0) {
                return -1;
            }
            int object = tree.child(verb, "dobj");
            return object >= 0 && object < verb && tree.tag(object).equals("WP") ? tree.head(verb) : -1;
        }

        /** Whether the predicate has a "from" phrase ("prevents X from Y") with a target of the sentence inside it. */
        private boolean keepsFromTarget(int predicate) {
            for (int k : tree.children(predicate)) {
                if (tree.is(k, "prep") && tree.lemma(k).equalsIgnoreCase("from") && targetBelow(s, k, true)) {
                    return true;
                }
            }
            return false;
        }

        /** -1 when the predicate calls its subject harmful, +1 beneficial, null when it says neither. */
        private Integer verdict(int predicate) {
            Integer direct = lex.evaluation(key(predicate));
            if (direct != null && direct < 0 && keepsFromTarget(predicate)) {
                // "the law prevents officials from forcing firms to add a weakness": what is kept from
                // happening is itself about encryption, so the verb says nothing of its subject's harm
                return null;
            }
            if (direct != null) {
                return direct;
            }
            // "is dangerous", "is a threat", "remains vital": the copula's complement
            for (int k : tree.children(predicate)) {
                if (tree.is(k, "acomp") || tree.is(k, "attr") || tree.is(k, "oprd")) {
                    Integer e = phraseVerdict(k);
                    if (e != null) {
                        return e;
                    }
                }
            }
            Integer result = lex.resultative(key(predicate)) ? resultingState(predicate) : null;
            if (result != null) {
                return result;
            }
            // "poses a threat", "creates risks": a light verb and a noun of harm or benefit
            int object = tree.child(predicate, "dobj");
            if (object >= 0 && lex.light(key(predicate))) {
                Integer e = phraseVerdict(object);
                for (int m : tree.children(predicate)) {
                    if (e == null && (tree.is(m, "advmod") || tree.is(m, "prt"))) {
                        e = lex.evaluation(lemmaOf(object) + " " + tree.word(m).toLowerCase(Locale.ROOT));
                    }
                }
                if (e != null) {
                    return e;
                }
            }
            // "helps abusers", "lets predators operate": a harm as what the predicate serves
            if (lex.governor(key(predicate)) != null && lex.governor(key(predicate)) > 0) {
                for (int k : tree.children(predicate)) {
                    if ((tree.is(k, "dobj") || tree.is(k, "dative") || tree.is(k, "nsubj") && tree.head(k) != predicate)
                            && lex.harmNoun(lemmaOf(k))) {
                        return -1;
                    }
                }
            }
            return null;
        }

        /** A clause reported by a verb of saying, or wished by a directive verb. */
        private int report(int clause, int verb) {
            String k = key(verb);
            if (condition(clause)) {
                return -1;
            }
            if (lex.reporting(k) && !wish(clause, verb)) {
                asserted = true;
                if (agentive(clause) && !consequence) {
                    // "X said Y rejected the plan": Y's act, not X's view, unless X speaks for Y
                    return reportedSelf(clause, verb) ? verb : -1;
                }
                if (judged) {
                    return verb;
                }
                if (value() < 0 && (firstGovernor >= 0 && (lex.damage(key(firstGovernor)) || lex.damage(cues.get(0)))
                        || lex.pejorative(target.text()) || pejorativelyModified(target.head()))) {
                    // "the bill would break encryption": a warning against what breaks it
                    attitude = -attitude;
                    rule = "stance-warning";
                    confidence *= WARNING;
                    return verb;
                }
                return reportedSelf(clause, verb) ? verb : -1;
            }
            if (lex.reporting(k)) {
                // "argued that firms must not be allowed to ...": the speaker's wish, as it stands
                rule = "stance-wish";
                return verb;
            }
            Integer pol = lex.governor(k);
            if (pol == null) {
                return -1;
            }
            step(verb, pol, k);
            return verb;
        }

        /** Whether a reported clause's subject is someone (an actor, a pronoun, people) rather than a thing. */
        private boolean agentive(int clause) {
            int subject = explicitSubject(clause);
            if (subject < 0 || subject == target.head() || isTargetHead(subject)) {
                return false;
            }
            if (!referent(subject).isEmpty()) {
                return true;
            }
            String w = tree.word(subject).toLowerCase(Locale.ROOT);
            return tree.tag(subject).equals("PRP") && !w.equals("it") || lex.people(lemmaOf(subject));
        }

        /**
         * "Apple said it would never build a backdoor": a speaker reporting its own act, or its
         * organisation's, speaks for it.
         */
        private boolean reportedSelf(int clause, int verb) {
            boolean self = speaksForSelf(clause, verb);
            if (self && professesSupport(referent(explicitSubject(clause)).actors())) {
                confidence *= CONTESTED; // "governments say they back strong encryption": a profession, then a demand
                professionWeighed = true;
            }
            return self;
        }

        /**
         * Whether the reading is support for what governments profess to support
         * (lex:professedSupport), or, by governments themselves, for encryption in general
         * (lex:professedByGovernments).
         */
        private boolean professesSupport(List<Actor> speakers) {
            return value() > 0 && lex.professed(target.text()) || professedByGovernment(speakers);
        }

        /**
         * Whether the reading is a government's support for strong encryption or encryption in
         * general, however it is put (lex:professedSupport, lex:professedByGovernments): governments
         * that seek access say so before they ask for it, so it is weak evidence.
         */
        private boolean governmentSupportsStrongEncryption(List<Actor> holders) {
            return value() > 0 && (lex.professed(target.text()) || lex.professedByGovernments(target.text()))
                    && !holders.isEmpty() && holders.stream().allMatch(Actor::isGovernment);
        }

        /** Whether the reading is a government's support for encryption in general (lex:professedByGovernments). */
        private boolean professedByGovernment(List<Actor> speakers) {
            return value() > 0 && lex.professedByGovernments(target.text()) && !speakers.isEmpty()
                    && speakers.stream().allMatch(Actor::isGovernment);
        }

        private boolean speaksForSelf(int clause, int verb) {
            int subject = explicitSubject(clause);
            int speaker = explicitSubject(verb);
            if (subject < 0 || speaker < 0) {
                return false;
            }
            StanceSentence.Referent said = referent(subject);
            StanceSentence.Referent by = referent(speaker);
            if (said.actors().isEmpty() || by.actors().isEmpty()) {
                return false;
            }
            if (said.actors().equals(by.actors())) {
                return true;
            }
            for (Actor a : by.actors()) {
                if (s.referents().affiliated(a, said.actors())) {
                    rule = "stance-reported-affiliate";
                    return true;
                }
            }
            return false;
        }

        /** "indiscriminate scanning", "blanket surveillance": a thing named as its critics name it. */
        private boolean pejorativelyModified(int head) {
            for (int k : tree.children(head)) {
                if ((tree.isModifier(k) || tree.is(k, "compound")) && lex.pejorative(tree.lemma(k))) {
                    return true;
                }
            }
            return false;
        }

        /** A clause with must, should or need is a wish even after "said". */
        private boolean wish(int clause, int verb) {
            if (lex.directive(key(verb)) && !lex.reporting(key(verb))) {
                return true;
            }
            if (tree.is(verb, "xcomp") && tree.head(verb) >= 0 && lex.directive(key(tree.head(verb)))) {
                return true; // "urged the regulator to state that ...": a saying asked for is a wish
            }
            for (int k : tree.children(clause)) {
                if (tree.is(k, "aux") && lex.modal(lemmaOf(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The clause said whose subject a gerund was cut off from by an inserted "the two bodies
         * said": the gerund comes before the verb of saying and its subject, and the complement
         * after them has no subject of its own. -1 when the sentence is not built so.
         */
        private int interruptedContent(int gerund, int saying) {
            int speaker = tree.subject(saying);
            if (!tree.tag(gerund).equals("VBG") || gerund > saying || speaker < gerund || !lex.reporting(key(saying))) {
                return -1;
            }
            for (int k : tree.children(saying)) {
                if (k > saying && CLAUSE_LINKS.contains(tree.label(k)) && tree.subject(k) < 0) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * An adverbial clause that carries its main clause's subject's intent: a participle
         * (", urging ..."), a purpose ("to urge ..."); not a clause of time or reason ("before
         * they are encrypted", "because ...").
         */
        private boolean purposeOrManner(int clause) {
            for (int k : tree.children(clause)) {
                if (tree.is(k, "mark")) {
                    return false;
                }
            }
            // "wrote, urging ministers to ...": the writer's act; "wrote, opening the door to ...": what the thing does
            return tree.child(clause, "aux") >= 0 || lex.ownAct(key(clause));
        }

        /** Whether a clause hangs from "if", "unless", "whether": a condition, not an assertion. */
        private boolean condition(int clause) {
            for (int k : tree.children(clause)) {
                if (tree.is(k, "mark") && lex.condition(lemmaOf(k))) {
                    return true;
                }
            }
            return false;
        }

        // ---- measures

        /**
         * A measure the walk passes through ("a plan to encrypt", "a bill which would break
         * encryption") or whose act it is ("the bill would break encryption"): what it does to
         * encryption is the value so far.
         */
        private void observe(int node) {
            if (judged || refusal || asserted || negated || target.measure() != null) {
                return;
            }
            MeasureEffects.Measure m = measureAt(node, value());
            if (m == null) {
                int subject = explicitSubject(node);
                m = subject >= 0 ? measureAt(subject, value()) : null;
                if (m == null && subject >= 0 && lex.measurePronoun(tree.word(subject))) {
                    // "a bill ... warning that it would hand the department a lever to pry open encryption"
                    int antecedent = measureBefore(subject);
                    m = antecedent >= 0 ? measureAt(antecedent, value()) : null;
                }
            }
            if (m != null && (m.effect() < 0 || target.list().equals(CompositionLexicon.TOPIC))) {
                // a measure is for encryption only when it is encryption it brings ("a plan to encrypt"),
                // not when it curbs something else ("the draft limited detection orders")
                observed.add(m);
            }
            // the clause that tells of the act: its own, or the one blaming someone for it
            int telling = explicitSubject(node) >= 0 ? node : blamedActor(node) >= 0 ? tree.head(tree.head(node)) : -1;
            if (m == null && target.effect() > 0 && target.list().equals(CompositionLexicon.TOPIC)
                    && telling >= 0 && status(telling) == Status.ASSERTED && firstGovernor >= 0 && value() == actValue
                    && cues.stream().noneMatch(lex::directive) && !lex.directive(key(telling))) {
                // not "presses Meta to hold off on encrypting": an act only asked for is no act done
                // not "condemned Acme for switching on encryption" read at "condemned": the act is Acme's
                // "Meta switched on default encryption": an act on encryption, for "the move" later
                observed.add(new MeasureEffects.Measure("event", "event", false, value(), s.sentence().index(), node));
            }
        }

        /**
         * "condemned Acme for switching on encryption": the actor a gerund after "for" or "of"
         * tells of, the object of the verb it hangs from; -1 when the gerund is not so placed.
         */
        private int blamedActor(int gerund) {
            int prep = tree.head(gerund);
            if (!tree.tag(gerund).equals("VBG") || !tree.is(gerund, "pcomp") || prep < 0 || tree.head(prep) < 0) {
                return -1;
            }
            int object = tree.child(tree.head(prep), "dobj");
            return object >= 0 && object < prep && !referent(object).actors().isEmpty() ? object : -1;
        }

        /** The last measure named in the sentence before a token, or -1. */
        private int measureBefore(int token) {
            for (int k = token - 1; k >= 0; k--) {
                if (measureNoun(k)) {
                    int[] law = s.sentence().lawAt(k);
                    return law != null ? law[0] : k;
                }
            }
            return -1;
        }

        private MeasureEffects.Measure measureAt(int node, int effect) {
            AnalysedSentence a = s.sentence();
            int[] law = a.lawAt(node);
            if (law != null) {
                int head = headOf(tree, law[0], law[1]);
                return new MeasureEffects.Measure(words(a, law[0], law[1]), tree.lemma(head), true, effect, a.index(), law[0]);
            }
            PhraseMatcher.Match m = lex.targets().at(a.tokens(), node);
            if (m != null && m.list().equals(CompositionLexicon.MEASURE) && m.to() == node + 1) {
                return new MeasureEffects.Measure(words(a, node, node + 1), tree.lemma(node), false, effect, a.index(), node);
            }
            return null;
        }

        // ---- emission

        /** At a predicate with a subject of its own: the stance goes to the actors it names. Returns true to stop. */
        private boolean emitAt(int node) {
            int subject = explicitSubject(node);
            if (subject < 0) {
                return false;
            }
            if (mandative(node, subject)) {
                // "a request from the governments that the company hold off on encryption": what the subject is
                // asked to do, not what it does or wants
                return true;
            }
            Status status = status(node);
            if (status == Status.EMBEDDED && !refusal) {
                return false;
            }
            if (prescribed(node) && !lex.firstPerson(tree.word(subject))) {
                // "the agency should write support for encryption into the rules", the firm argues: advice to
                // the subject, not its stance; the reading goes on up to whoever gives the advice
                return false;
            }
            StanceSentence.Referent who = referent(subject);
            if (subject == tree.head(node) && tree.is(node, "relcl") && who.confidence() < 1.0) {
                // "..., which would break encryption" after a noun the parser may have misattached: only a name counts
                who = StanceSentence.Referent.NONE;
            }
            if (consequence) {
                // "cannot do so without breaking encryption": a consequence, not the subject's act
                return false;
            }
            int member = who.isEmpty() ? amongSubject(subject) : -1;
            if (member >= 0) {
                // "X, Y and Z were among the states that backed a declaration demanding ..."
                who = referent(member);
            }
            if (who.isEmpty() && speakingNoun(subject) && emitOwners(subject, node)) {
                // "an open letter signed by X and Y urged ...": who signs the letter says what it says
                return refusal || asserted;
            }
            if (who.isEmpty()) {
                return refusal || asserted && !lex.reporting(key(node));
            }
            boolean selfReference = lex.firstPerson(tree.word(subject)) || status == Status.REPORTED && tree.tag(subject).equals("PRP")
                    || quotedBy(node); // "'Strong encryption is vital and I support it,' she said": her own words
            if (selfReference && professesSupport(who.actors())
                    || status == Status.REPORTED && professedByGovernment(who.actors())) {
                // "We support strong encryption," said the minister; "the governments say they back strong
                // encryption"; "the minister told Parliament the government strongly supported encryption"
                confidence *= CONTESTED;
                professionWeighed = true;
            }
            emit(who, confidence * who.confidence() * (status == Status.REPORTED ? REPORTED : 1.0), node);
            List<Actor> cosponsors = status == Status.ASSERTED ? coSponsors(node, subject) : List.of();
            if (!cosponsors.isEmpty()) {
                emit(new StanceSentence.Referent(cosponsors, null, who.confidence()), confidence * who.confidence(), node);
            }
            if (status == Status.REPORTED && (refusal || asserted)) {
                speakerFor(node, who);
            }
            return refusal || asserted;
        }

        /** Whether the target stands in a direct quotation of this sentence that the verb, outside it, reports. */
        private boolean quotedBy(int verb) {
            return insideQuotation(target.head()) && !insideQuotation(verb) && lex.reporting(key(verb));
        }

        /** Whether the token stands between double quotation marks opened in this sentence. */
        private boolean insideQuotation(int token) {
            boolean open = false;
            for (int k = 0; k < token; k++) {
                open ^= s.sentence().token(k).isDoubleQuote();
            }
            return open;
        }

        /** The subject of "X was among the groups": for the noun after "among", the subject of its verb, or -1. */
        private int amongSubject(int noun) {
            int prep = tree.head(noun);
            if (prep < 0 || !tree.is(noun, "pobj") || !lex.among(tree.word(prep))) {
                return -1;
            }
            int verb = tree.head(prep);
            return verb >= 0 ? tree.child(verb, "nsubj") : -1;
        }

        /**
         * A clause reported by a verb of contested claim, or that verb itself: "The department
         * insists it supports encryption".
         */
        private boolean contestedClaim(int node) {
            if (lex.contested(lemmaOf(node))) {
                return true;
            }
            int k = node;
            while (tree.is(k, "conj") && tree.head(k) >= 0) {
                k = tree.head(k);
            }
            return tree.is(k, "ccomp") && tree.head(k) >= 0 && lex.contested(lemmaOf(tree.head(k)));
        }

        /** A predicate with a modal of obligation: "should write", "must protect". */
        private boolean prescribed(int predicate) {
            for (int k : tree.children(predicate)) {
                if (tree.is(k, "aux") && lex.modal(lemmaOf(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Roe told a podcast the service would quit sooner than weaken its encryption": the
         * speaker of a reported stance that is their own organisation's holds it too.
         */
        private void speakerFor(int clause, StanceSentence.Referent reported) {
            int k = clause;
            while (tree.is(k, "conj") && tree.head(k) >= 0) {
                k = tree.head(k);
            }
            int verb = tree.head(k);
            int speaker = verb >= 0 ? explicitSubject(verb) : -1;
            if (speaker < 0) {
                return;
            }
            StanceSentence.Referent by = referent(speaker);
            for (Actor a : by.actors()) {
                if (!reported.actors().contains(a) && s.referents().affiliated(a, reported.actors())) {
                    String was = rule;
                    rule = "stance-reported-affiliate";
                    emit(new StanceSentence.Referent(List.of(a), null, by.confidence()), confidence * by.confidence() * REPORTED, verb);
                    rule = was;
                }
            }
        }

        private void emit(StanceSentence.Referent who, double c, int node) {
            if (cues.isEmpty() && statePredicate(target.head()) && pronounSubject(node)) {
                return; // "scanning inspects messages before they are encrypted": a state of some things, not an act
            }
            if (!who.actors().isEmpty() && who.actors().stream().allMatch(a -> "Service".equals(a.type()))) {
                return; // "Messenger now encrypts chats": a product acts for its maker, it holds no stance
            }
            if (retreat(who)) {
                c *= RETREAT;
            }
            if (hedged(node)) {
                c *= HEDGED;
            }
            if (contestedClaim(node)) {
                c *= CONTESTED;
            }
            if (!professionWeighed && governmentSupportsStrongEncryption(who.actors())) {
                // "It declares the EU's support for strong encryption": what governments seeking access profess
                c *= CONTESTED;
            }
            int v = value();
            out.add(new Reading(who.actors(), who.document(), v, c, target.text(), target.effect(), attitude, target.measure(),
                    target.named(), demand(v), String.join(" ", cues), rule));
        }

        /**
         * Whether the verb is a mandative subjunctive: a bare base form in a "that" clause with a
         * subject of its own, no modal and no "to" ("that the company hold off on ..."), which only a
         * request, demand or insistence governs. With a plural or a personal subject the same form
         * is a present tense ("that they hold"), so only a singular noun or "it" counts.
         */
        private boolean mandative(int verb, int subject) {
            if (!tree.tag(verb).equals("VB") || tree.is(subject, "expl")) {
                return false;
            }
            boolean thatClause = false;
            for (int k : tree.children(verb)) {
                // "help police get into phones" is a bare infinitive after a verb, not a clause of its own
                thatClause |= k < subject && lex.complementiser(tree.word(k));
            }
            if (!thatClause) {
                return false;
            }
            for (int k : tree.children(verb)) {
                if (tree.tag(k).equals("MD") || tree.tag(k).equals("TO") || tree.is(k, "aux") || tree.is(k, "auxpass")) {
                    return false;
                }
            }
            String tag = tree.tag(subject);
            return tag.equals("NN") || tag.equals("NNP") || tag.equals("PRP") && lex.measurePronoun(tree.word(subject));
        }

        /** Whether the clause's subject is a personal pronoun: "they", "it". */
        private boolean pronounSubject(int clause) {
            int subject = explicitSubject(clause);
            return subject >= 0 && tree.tag(subject).equals("PRP");
        }

        /** Whether the word is what its subject is, or has been made: "they are encrypted", "chats were encrypted". */
        private boolean statePredicate(int head) {
            return tree.is(head, "acomp") || tree.tag(head).equals("VBN") && tree.child(head, "auxpass") >= 0;
        }

        /**
         * "launched a campaign, backed by X and Y, urging Acme to halt the rollout": the parser hangs
         * the participle from the verb, but it says what the made thing says, so those who back or own
         * that thing (its object) hold it too. Only for a participle of the subject's own act under a
         * verb that makes its object (lex:makingVerbs), whose object is a noun of speech or action.
         */
        private void emitMakersOfObject(int verb, int from) {
            if (!tree.is(from, "advcl") || tree.head(from) != verb || !lex.ownAct(key(from)) || asserted || refusal) {
                return;
            }
            int object = tree.child(verb, "dobj");
            if (!lex.making(key(verb)) || object < 0 || object > from || tree.dominates(object, target.head())) {
                return; // "welcomed the report, backed by X, saying ...": the saying is the subject's, not the report's
            }
            String was = rule;
            rule = "stance-backers";
            emitPossessor(object);
            rule = was;
        }

        /**
         * "X joined 39 groups, among them Y and Z, in asking the government to withdraw the bill":
         * those X joined do what X joins them in. The subject itself is read at the verb as usual.
         */
        private void emitJoined(int verb) {
            if (verb != sharedActAt) {
                return;
            }
            int object = tree.child(verb, "dobj");
            if (object < 0) {
                return;
            }
            List<Integer> heads = new ArrayList<>(List.of(object));
            heads.addAll(tree.conjuncts(object));
            for (int head : List.copyOf(heads)) {
                for (int k : tree.children(head)) {
                    if (tree.is(k, "appos")) {
                        heads.add(k); // "39 groups and 122 experts, among them X, Y and Z"
                    }
                }
            }
            String was = rule;
            rule = "stance-joined";
            for (int head : heads) {
                StanceSentence.Referent who = referent(head);
                if (!who.actors().isEmpty() && who.confidence() >= NEARBY) {
                    emit(who, confidence * who.confidence(), verb);
                }
            }
            rule = was;
        }

        /**
         * "the committee's recommendation that agencies be allowed to break encryption", "a call
         * from the NSPCC to halt the rollout", "Meta's plan to encrypt Messenger": the
         * possessor of a noun of speech or action holds what the noun says. Returns true to stop.
         */
        private boolean emitPossessor(int noun) {
            if (!tree.tag(noun).startsWith("NN") || lex.governor(key(noun)) == null) {
                return false;
            }
            return emitOwners(noun, noun) && (refusal || asserted);
        }

        /**
         * Emits for the owners of a noun of speech or action, at a node: its possessor, "from"
         * or "by" whom it comes, who backs or signs it ("an open letter signed by X and Y").
         * Returns whether any owner was named.
         */
        private boolean emitOwners(int noun, int at) {
            List<Integer> owners = new ArrayList<>();
            for (int k : tree.children(noun)) {
                if (tree.is(k, "poss") || tree.is(k, "compound") && k < noun && tree.tag(k).startsWith("NNP")) {
                    owners.add(k);
                } else if (tree.is(k, "prep") && (tree.word(k).equalsIgnoreCase("from") || tree.word(k).equalsIgnoreCase("by"))) {
                    int o = tree.child(k, "pobj");
                    if (o >= 0) {
                        owners.add(o);
                    }
                } else if (tree.is(k, "acl") && lex.governor(key(k)) != null && lex.governor(key(k)) > 0) {
                    // "a campaign, backed by the NSPCC and the IWF,": who backs the noun holds what it says
                    int agent = tree.child(k, "agent");
                    int o = agent >= 0 ? tree.child(agent, "pobj") : -1;
                    if (o >= 0 && !passedThrough(k)) {
                        owners.add(o);
                    }
                }
            }
            boolean any = false;
            for (int owner : owners) {
                StanceSentence.Referent who = referent(owner);
                if (tree.is(owner, "compound") && who.actors().stream().allMatch(Actor::isLegislature)) {
                    continue; // "a Senate bill" is one before the Senate, not one the Senate backs
                }
                if (!who.actors().isEmpty() && who.confidence() >= NEARBY) {
                    emit(who, confidence * who.confidence() * POSSESSED, at);
                    any = true;
                }
            }
            return any;
        }

        /** Whether the walk came up through this token (so it is not a side branch of the noun). */
        private boolean passedThrough(int token) {
            return tree.dominates(token, target.head());
        }

        /**
         * "Apple withdrew the feature": a provider's own retreat from encryption, with no word
         * of attitude on the way, is an act under pressure, not a stance.
         */
        private boolean retreat(StanceSentence.Referent who) {
            return target.effect() > 0 && attitude < 0 && firstGovernor >= 0 && retreats.contains(key(firstGovernor))
                    && !who.actors().isEmpty() && who.actors().stream().allMatch(a -> "Company".equals(a.type()));
        }

        /**
         * "backs secure messaging, but only where police can still read it": a position taken
         * back in the same breath by ", but" with a negation, a restriction or a condition.
         */
        private boolean hedged(int predicate) {
            int[] span = {0, tree.size()};
            if (negated) {
                // "was not against encryption in general, but ...": a concession before the point
                for (int i = target.to(); i < span[1]; i++) {
                    if (tree.word(i).equalsIgnoreCase("but")) {
                        return true;
                    }
                }
            }
            for (int i = Math.max(span[0], target.to()); i + 1 < span[1]; i++) {
                if (tree.word(i).equalsIgnoreCase("but")) {
                    for (int k = i + 1; k < Math.min(span[1], i + 7); k++) {
                        if (k < span[1] && (lex.negator(lemmaOf(k)) || tree.negated(k) || lex.hedge(lemmaOf(k)))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private Demand demand(int v) {
            if (v > 0) {
                return null;
            }
            Demand d = lex.demandOf(target.list());
            if (d != null && attitude > 0) {
                return d;
            }
            if (target.effect() > 0 && firstGovernor >= 0 && !judged && lex.governor(key(firstGovernor)) != null
                    && lex.governor(key(firstGovernor)) < 0) {
                return lex.damage(key(firstGovernor)) ? Demand.LawfulAccess : Demand.HaltRollout;
            }
            return null;
        }

        /** The subject a predicate states itself: nsubj, the antecedent of "who"/"which", or the agent of a passive. */
        private int explicitSubject(int node) {
            int subject = -1;
            for (int k : tree.children(node)) {
                // of two subjects (a dateline's place taken for one), the one nearest the verb
                if ((tree.is(k, "nsubj") || tree.is(k, "csubj")) && (subject < 0 || k < node)) {
                    subject = k;
                }
            }
            if (subject >= 0) {
                return antecedent(subject);
            }
            for (int k : tree.children(node)) {
                if (tree.is(k, "agent")) {
                    for (int o : tree.children(k)) {
                        if (tree.is(o, "pobj")) {
                            return o;
                        }
                    }
                }
            }
            return tree.head(node) < 0 && tree.isVerb(node) ? strandedSubject(node) : -1;
        }

        /**
         * "In March, Acme's president, Jane Roe, told a radio station ...": a main verb the
         * parser left without a subject, after a name it hung elsewhere (on the fronted phrase).
         * The name just before the verb, set off by commas only, is taken as the subject.
         */
        private int strandedSubject(int verb) {
            int k = verb - 1;
            while (k >= 0 && (tree.word(k).equals(",") || tree.tag(k).equals("RB") || tree.tag(k).equals("MD")
                    || tree.is(k, "aux"))) {
                k--;
            }
            if (k >= 0 && tree.tag(k).startsWith("NNP") && !tree.dominates(verb, k) && s.referents().at(k).confidence() >= 1.0) {
                return k;
            }
            return frontedApposition(verb);
        }

        /**
         * "On 3 March a coalition of 90 groups, led by X, wrote ...": the parser may hang the subject
         * as an apposition of the date in the fronted phrase; that noun, when it refers to actors.
         */
        private int frontedApposition(int verb) {
            for (int prep = 0; prep < verb; prep++) {
                int object = tree.is(prep, "prep") && tree.dominates(verb, prep) ? tree.child(prep, "pobj") : -1;
                int noun = object >= 0 ? tree.child(object, "appos") : -1;
                if (noun >= 0 && noun < verb && tree.tag(noun).startsWith("NN") && !s.referents().at(noun).isEmpty()) {
                    return noun;
                }
            }
            return -1;
        }

        /**
         * What a relative pronoun stands for: the noun its relative clause hangs from, even
         * through a reporting verb ("the bill, which critics say would break encryption").
         */
        private int antecedent(int k) {
            String w = tree.word(k).toLowerCase(Locale.ROOT);
            if (!RELATIVE_PRONOUNS.contains(w) || !(tree.tag(k).startsWith("W") || w.equals("that"))) {
                return k;
            }
            for (int up = tree.head(k), step = 0; up >= 0 && step < MAX_STEPS; up = tree.head(up), step++) {
                if (tree.is(up, "relcl")) {
                    return tree.head(up);
                }
            }
            return k;
        }

        /** The referent of a subject and its conjuncts; first person in a quotation is the speaker. */
        /**
         * Whether a personal pronoun subject refers to the unnamed subject of the verb of saying
         * whose clause it is in ("respondents said they supported ...", "critics say she ..."):
         * a common noun that stands for no actor, so the pronoun stands for none either.
         */
        private boolean sayerOfOwnClause(int subject) {
            if (!tree.tag(subject).equals("PRP") || lex.measurePronoun(tree.word(subject)) || FIRST_PERSON.contains(tree.word(subject).toLowerCase(Locale.ROOT))) {
                return false;
            }
            int clause = tree.head(subject);
            if (clause < 0 || !tree.is(clause, "ccomp") || tree.head(clause) < 0 || !lex.reporting(key(tree.head(clause)))) {
                return false;
            }
            int sayer = explicitSubject(tree.head(clause));
            return sayer >= 0 && tree.tag(sayer).startsWith("NN") && !tree.tag(sayer).startsWith("NNP")
                    && s.referents().at(sayer).isEmpty();
        }

        private StanceSentence.Referent referent(int subject) {
            String w = tree.word(subject).toLowerCase(Locale.ROOT);
            if (FIRST_PERSON.contains(w) && !s.quoteSpeakers().isEmpty()) {
                return new StanceSentence.Referent(s.quoteSpeakers(), null, 0.9);
            }
            if (lex.floatingQuantifier(tree.word(subject))) {
                // "X, Y and Z all urged ...": the names right before "all" are the subject
                int k = beforeBracketed(s.sentence(), subject - 1);
                if (k >= 0 && s.sentence().mentionAt(k) != null && s.sentence().mentionAt(k).actor() != null) {
                    subject = k;
                }
                // "All of them urged ...": the pronoun after "of" is the subject
                int of = tree.child(subject, "prep");
                int pronoun = of >= 0 ? tree.child(of, "pobj") : -1;
                if (pronoun >= 0 && tree.tag(pronoun).equals("PRP") && lex.partitive(tree.word(of))) {
                    subject = pronoun;
                }
            }
            if (lex.measurePronoun(tree.word(subject)) && measureBefore(subject) >= 0) {
                // "fought the scheme all year, saying it would weaken encryption": "it" is the scheme
                return StanceSentence.Referent.NONE;
            }
            if (sayerOfOwnClause(subject)) {
                // "78 percent of respondents said they supported the proposal": "they" are the respondents
                return StanceSentence.Referent.NONE;
            }
            List<Actor> actors = new ArrayList<>();
            int named = tree.child(subject, "appos");
            if (named >= 0 && (s.referents().at(subject).actors().isEmpty() || betweenDashes(named))
                    && !s.referents().at(named).actors().isEmpty()) {
                // "Acme's president, Jane Roe, said": the person named beside the title; "the Five Eyes
                // governments - the US, the UK, ... - signed": the members listed after the group
                subject = named;
            }
            StanceSentence.Referent first = s.referents().at(subject);
            if (first.isEmpty()) {
                int titled = titledPerson(subject);
                if (titled >= 0) {
                    subject = titled;
                    first = s.referents().at(titled);
                }
            }
            double c = first.isEmpty() ? 1.0 : first.confidence();
            actors.addAll(first.actors());
            if (c >= 1.0) {
                for (Actor a : namedList(subject)) {
                    if (!actors.contains(a)) {
                        actors.add(a);
                    }
                }
            }
            for (int k : tree.conjuncts(subject)) {
                StanceSentence.Referent r = s.referents().at(k);
                for (Actor a : r.actors()) {
                    if (!actors.contains(a)) {
                        actors.add(a);
                    }
                }
            }
            if (actors.isEmpty() && first.document() == null) {
                return StanceSentence.Referent.NONE;
            }
            return new StanceSentence.Referent(actors, first.document(), c);
        }

        /** Whether a verb has a pronoun object before the clause ("called it crazy to ..."), standing in for that clause. */
        private boolean expletiveObject(int verb, int clause) {
            int object = tree.child(verb, "dobj");
            return object >= 0 && object < clause && tree.tag(object).equals("PRP");
        }

        /** Whether an apposition opens with a dash ("the governments - the US, the UK and Canada -"). */
        private boolean betweenDashes(int appos) {
            int first = tree.span(appos)[0];
            return first > 0 && s.sentence().token(first - 1).is("\u2014");
        }

        /**
         * "John Doe, then the acting Secretary of the Interior, asked": a post title
         * the parser took for the subject, set off after a person's name; the name's token, or -1.
         */
        private int titledPerson(int token) {
            AnalysedSentence a = s.sentence();
            org.w3id.e2eekg.extract.mention.RoleTitle title = a.roleAt(token);
            if (title == null) {
                return -1;
            }
            int k = title.from() - 1;
            while (k >= 0 && (a.token(k).is(",") || lex.titleLead(a.token(k).lower()))) {
                k--;
            }
            if (k < 0 || k == title.from() - 1 || a.mentionAt(k) == null
                    || a.mentionAt(k).kind() != org.w3id.e2eekg.fact.ActorKind.PERSON) {
                return -1;
            }
            return k;
        }

        /**
         * "Jane Roe, John Doe, Ann Poe and Mark Lund asked": the names listed
         * with the subject's, by commas and "and" (with their titles), read from the words
         * themselves, since parsers often hang long lists of titled names elsewhere.
         */
        private List<Actor> namedList(int subject) {
            AnalysedSentence a = s.sentence();
            List<Actor> out = new ArrayList<>();
            org.w3id.e2eekg.extract.mention.Mention m = a.mentionAt(subject);
            if (m == null || m.actor() == null) {
                return out;
            }
            int k = m.from - 1;
            while (k > 0) {
                if (a.pos(k).equals("DET")) {
                    k--; // "X and the Y Alliance"
                }
                int sep = k;
                while (sep >= 0 && (a.token(sep).is(",") || lex.listAnd(a.token(sep)))) {
                    sep--;
                }
                if (sep == k || sep < 0) {
                    break;
                }
                org.w3id.e2eekg.extract.mention.Mention before = a.mentionAt(sep);
                if (before == null) {
                    break;
                }
                while (before.whole() != null) {
                    before = before.whole();
                }
                if (before.actor() == null || before.isDemonym() || before.kind() != m.kind()) {
                    break;
                }
                out.add(before.actor());
                k = before.from - 1;
                // a title before the name: "UK Home Secretary Priti Patel", "Australia's Minister for Home Affairs"
                org.w3id.e2eekg.extract.mention.RoleTitle title = k >= 0 ? a.roleAt(k) : null;
                if (title != null) {
                    k = title.from() - 1;
                }
            }
            out.addAll(namedListAfter(m));
            return out;
        }

        /**
         * The names listed after the first name of a subject, however the parser attached them:
         * "the Acme Union (AU), the Beta Centre (BC) and the Gamma Association have come out
         * against ...". Names of the same kind, each after a comma or "and", an acronym in
         * brackets skipped; the list counts only when it ends with "and" before its last name.
         */
        private List<Actor> namedListAfter(org.w3id.e2eekg.extract.mention.Mention first) {
            AnalysedSentence a = s.sentence();
            List<Actor> found = new ArrayList<>();
            int listed = 0;
            int k = skipBracketed(a, first.to);
            while (k < a.size()) {
                int sep = k;
                boolean and = false;
                while (sep < a.size() && (a.token(sep).is(",") || lex.listAnd(a.token(sep)))) {
                    and |= lex.listAnd(a.token(sep));
                    sep++;
                }
                if (sep == k || sep >= a.size()) {
                    break;
                }
                if (a.pos(sep).equals("DET")) {
                    sep++;
                }
                org.w3id.e2eekg.extract.mention.Mention next = sep < a.size() ? a.mentionStartingAt(sep) : null;
                if (next == null || next.actor() == null || next.isDemonym() || next.kind() != first.kind()
                        || next.to < a.size() && a.token(next.to).isPossessive()) {
                    break;
                }
                found.add(next.actor());
                k = skipBracketed(a, next.to);
                if (and) {
                    listed = found.size();
                    break;
                }
            }
            return found.subList(0, listed);
        }

        /**
         * "The Act was filed by Sen. X (R-S.C.), chairman of ..., with Sens. Y and Z": the people
         * named after "with" bring the measure in with the agent, however the parser hung them.
         * Only for a passive verb that brings in a measure; empty otherwise.
         */
        private List<Actor> coSponsors(int verb, int agent) {
            if (tree.child(verb, "agent") < 0 || tree.child(verb, "nsubj") >= 0 || !lex.introducing(key(verb))) {
                return List.of();
            }
            AnalysedSentence a = s.sentence();
            for (int k = agent + 1; k + 1 < a.size(); k++) {
                if (!lex.with(a.token(k))) {
                    continue;
                }
                int n = k + 1;
                org.w3id.e2eekg.extract.mention.RoleTitle title = a.roleAt(n);
                if (title != null) {
                    n = title.to() < a.size() && a.token(title.to()).is(".") ? title.to() + 1 : title.to();
                }
                org.w3id.e2eekg.extract.mention.Mention first = n < a.size() ? a.mentionStartingAt(n) : null;
                if (first == null || first.actor() == null || first.kind() != org.w3id.e2eekg.fact.ActorKind.PERSON) {
                    return List.of();
                }
                List<Actor> out = new ArrayList<>(List.of(first.actor()));
                out.addAll(namedListAfter(first));
                return out;
            }
            return List.of();
        }

        /** The token before a bracketed aside that ends at k ("(CDT)"), or k when there is none. */
        private static int beforeBracketed(AnalysedSentence a, int k) {
            if (k >= 0 && a.token(k).is(")")) {
                for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
                    if (a.token(j).is("(")) {
                        return j - 1;
                    }
                }
            }
            return k;
        }

        /** The token after a bracketed aside that starts at k ("(CDT)"), or k when there is none. */
        private static int skipBracketed(AnalysedSentence a, int k) {
            if (k < a.size() && a.token(k).is("(")) {
                for (int j = k + 1; j < a.size() && j <= k + 8; j++) {
                    if (a.token(j).is(")")) {
                        return j + 1;
                    }
                }
            }
            return k;
        }

        /** Whether a clause opens with "than": the second half of a comparison. */
        private boolean comparison(int clause) {
            for (int k : tree.children(clause)) {
                if (tree.is(k, "mark") && lex.than(tree.word(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the letter that X sent to Y": a finite clause after a noun, with a subject and "that"
         * but no object of its own, which the parser took for the noun's complement; the noun is
         * its missing object, so it is a relative clause, and asserts what its subject did.
         */
        private boolean objectRelative(int clause) {
            int mark = tree.child(clause, "mark");
            return (FINITE_SINGLE.contains(tree.tag(clause)) || tree.tag(clause).equals("VBP")) && mark >= 0 && mark < clause
                    && RELATIVE_PRONOUNS.contains(tree.word(mark).toLowerCase(Locale.ROOT))
                    && tree.child(clause, "nsubj") >= 0 && tree.child(clause, "dobj") < 0 && tree.child(clause, "ccomp") < 0;
        }

        /** Whether a predicate's own subject is asserting, being reported, or only wished for. */
        private Status status(int node) {
            int k = node;
            int clause = node;
            for (int step = 0; step < MAX_STEPS; step++) {
                int parent = tree.head(k);
                if (parent < 0) {
                    return Status.ASSERTED;
                }
                String rel = tree.label(k);
                if (rel.equals("conj")) {
                    if (explicitSubject(k) < 0) {
                        clause = parent;
                    }
                    k = parent;
                    continue;
                }
                if (rel.equals("parataxis") && lex.reporting(key(k))) {
                    return Status.ASSERTED; // "The move, he said, ...": the narrator reports the saying
                }
                if (CLAUSE_LINKS.contains(rel) && tree.head(parent) < 0 && parent > k && comparison(parent)) {
                    // "X plans to ..., a year later than it first intended": the parser made the comparison the main clause
                    return Status.ASSERTED;
                }
                if (CLAUSE_LINKS.contains(rel)) {
                    // "urged the regulator to state that it supported ...": a saying that is only asked for reports nothing
                    return lex.reporting(key(parent)) && !wish(clause, parent) && status(parent) != Status.EMBEDDED
                            ? Status.REPORTED : Status.EMBEDDED;
                }
                if (rel.equals("relcl") || rel.equals("acl") && objectRelative(k)) {
                    return Status.ASSERTED;
                }
                if (rel.equals("advcl")) {
                    if (condition(k)) {
                        return Status.EMBEDDED;
                    }
                    k = parent;
                    continue;
                }
                return Status.EMBEDDED;
            }
            return Status.EMBEDDED;
        }
    }

    private enum Status { ASSERTED, REPORTED, EMBEDDED }

    /** A word's lemma with its particle: "roll out", "push back", "switch off". */
    static String key(DependencyTree tree, int i) {
        int particle = tree.child(i, "prt");
        String lemma = tree.lemma(i).toLowerCase(Locale.ROOT);
        return particle < 0 ? lemma : lemma + " " + tree.word(particle).toLowerCase(Locale.ROOT);
    }
}
