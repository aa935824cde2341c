package org.w3id.e2eekg.extract.discourse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.stance.StanceSentence;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * Who the noun phrase at a token of a parsed sentence refers to, for stance composition: a
 * name; people who act for named organisations ("ministers of Britain and Australia",
 * "campaigners at the Open Rights Group", "UK officials"); or, for pronouns and
 * descriptions ("she", "the company", "the signatories"), what the discourse layer resolved
 * the clause subject to.
 *
 * <p>Made for one sentence of one article run ({@link AgentResolver#referents}). A document
 * reaches the stance stage as a snapshot, {@link DocumentFact}, the same object every time
 * for the same document within the sentence; {@link #document} gives back the document it
 * was taken from.
 */
public final class TreeReferents implements StanceSentence.Referents {
    /**
     * The words it resolves by: pronouns by number, kind and gender, "both", the
     * prepositions after a noun of people that name whom they act for, the determiners that
     * leave a noun of people indefinite ("some officials"), and the nouns of signatories,
     * which refer back even bare; and the words after which a noun of a group names its
     * members ("a coalition coordinated by X and including Y").
     */
    record Pronouns(WordSet plural, WordSet neuter, WordSet personal, WordSet feminine, WordSet masculine, WordSet both,
                    WordSet spokesPrepositions, WordSet indefiniteDeterminers, WordSet signatoryNouns, WordSet memberCues) {}

    /**
     * The Penn Treebank tags that end in S: plural nouns, and the superlatives, possessive
     * endings and list markers that share the letter, which the rule has always counted with them.
     */
    private static final Set<String> PLURAL_TAGS = Set.of("NNS", "NNPS", "JJS", "RBS", "POS", "LS");
    private static final double NAMED = 1.0;
    private static final double SPOKES = 0.9;
    private static final double RESOLVED = 0.85;
    private static final double DISCOURSE = 0.8;

    private final SentenceContext s;
    private final DependencyTree tree;
    private final Discourse d;
    private final AgentResolver agents;
    private final Set<String> spokesNouns;
    private final Set<String> referringNouns;
    private final Genders genders;
    private final Pronouns pronouns;
    private final Map<DocumentFact.Builder, DocumentFact> snapshots = new IdentityHashMap<>();
    private final Map<DocumentFact, DocumentFact.Builder> documents = new IdentityHashMap<>();

    TreeReferents(SentenceContext s, DependencyTree tree, Discourse d, AgentResolver agents, Set<String> spokesNouns,
                  Set<String> referringNouns, Genders genders, Pronouns pronouns) {
        this.pronouns = pronouns;
        this.s = s;
        this.tree = tree;
        this.d = d;
        this.agents = agents;
        this.spokesNouns = spokesNouns;
        this.referringNouns = referringNouns;
        this.genders = genders;
    }

    @Override
    public StanceSentence.Referent at(int token) {
        List<Actor> named = named(token);
        if (!named.isEmpty()) {
            return new StanceSentence.Referent(named, null, NAMED);
        }
        if (spokesNouns.contains(tree.lemma(token).toLowerCase(java.util.Locale.ROOT))) {
            List<Actor> behind = behind(token);
            if (!behind.isEmpty()) {
                return new StanceSentence.Referent(behind, null, SPOKES);
            }
        }
        if (s.sentence().pos(token).equals("PRON")) {
            Actor gendered = genderedPerson(token);
            if (gendered != null) {
                return new StanceSentence.Referent(List.of(gendered), null, RESOLVED);
            }
            List<Actor> earlier = antecedentInSentence(token);
            if (earlier == null) {
                return StanceSentence.Referent.NONE;
            }
            if (!earlier.isEmpty()) {
                return new StanceSentence.Referent(earlier, null, RESOLVED);
            }
        }
        Actor holder = officeHolder(token);
        if (holder != null) {
            return new StanceSentence.Referent(List.of(holder), null, RESOLVED);
        }
        Agent resolved = refersBack(token) ? resolvedSubject(token) : null;
        if (resolved != null && (resolved.hasActors() || resolved.document() != null) && !resolved.isTarget()) {
            return new StanceSentence.Referent(resolved.actors(), snapshot(resolved.document()), DISCOURSE);
        }
        if (referringNouns.contains(tree.lemma(token).toLowerCase(java.util.Locale.ROOT))
                || referringNouns.contains(s.sentence().token(token).lower())) {
            List<Actor> members = members(token);
            if (!members.isEmpty()) {
                Agent region = resolvedSubject(token);
                DocumentFact made = region != null && region.actors().containsAll(members) ? snapshot(region.document()) : null;
                return new StanceSentence.Referent(members, made, DISCOURSE);
            }
        }
        return StanceSentence.Referent.NONE;
    }

    /** The document a snapshot handed to the stance stage was taken from, or null for null. */
    public DocumentFact.Builder document(DocumentFact snapshot) {
        if (snapshot == null) {
            return null;
        }
        DocumentFact.Builder doc = documents.get(snapshot);
        if (doc == null) {
            throw new IllegalStateException("a document that no referent of this sentence gave: " + snapshot);
        }
        return doc;
    }

    private DocumentFact snapshot(DocumentFact.Builder doc) {
        if (doc == null) {
            return null;
        }
        return snapshots.computeIfAbsent(doc, k -> {
            DocumentFact fact = k.build();
            documents.put(fact, k);
            return fact;
        });
    }

    @Override
    public boolean affiliated(Actor speaker, List<Actor> actors) {
        for (Actor org : d.affiliations(speaker)) {
            if (actors.contains(org)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "WhatsApp and Signal signed a letter ... which they say ...": a pronoun whose
     * antecedent is the subject of a clause above it in the same sentence, agreeing in number
     * and kind; empty when there is none, null when the antecedent is an unnamed thing that
     * reports the pronoun's own clause (the pronoun then names no actor).
     */
    private List<Actor> antecedentInSentence(int pronoun) {
        String p = s.sentence().token(pronoun).lower();
        int best = -1;
        int bestObject = -1;
        for (int up = tree.head(pronoun), step = 0; up >= 0 && step < 40; up = tree.head(up), step++) {
            for (int k : tree.children(up)) {
                if (k >= pronoun || !numberAgrees(p, k)) {
                    continue;
                }
                if ((tree.is(k, "nsubj") || tree.is(k, "nsubjpass")) && k > best) {
                    best = k;
                } else if (tree.is(k, "dobj") && k > bestObject) {
                    bestObject = k;
                }
            }
        }
        // a subject is the likelier antecedent; an object only when no subject fits, or when it is the nearer thing
        if (best < 0 || bestObject > best && isThing(bestObject)) {
            best = bestObject;
        }
        if (best < 0) {
            return List.of();
        }
        if (isThing(best)) {
            // "the messaging app tells the court it will quit": the pronoun is that unnamed thing, not the court
            return reportsOwnClause(best, pronoun) ? null : List.of();
        }
        List<Actor> found = new ArrayList<>(named(best));
        for (int c : tree.conjuncts(best)) {
            named(c).forEach(a -> add(a, found));
        }
        if (found.isEmpty() && spokesNouns.contains(tree.lemma(best).toLowerCase(java.util.Locale.ROOT))) {
            found.addAll(behind(best));
        }
        return found.isEmpty() || !agrees(p, found) ? List.of() : found;
    }

    /** Whether a subject's verb reports the clause of which the pronoun is the subject: "X tells Y it will ...". */
    private boolean reportsOwnClause(int subject, int pronoun) {
        int clause = tree.head(pronoun);
        return tree.is(pronoun, "nsubj") && clause >= 0 && tree.is(clause, "ccomp") && tree.head(clause) == tree.head(subject)
                && tree.is(subject, "nsubj");
    }

    /** Whether a noun phrase can be what the pronoun stands for, by grammatical number. */
    private boolean numberAgrees(String pronoun, int head) {
        boolean plural = PLURAL_TAGS.contains(tree.tag(head)) || !tree.conjuncts(head).isEmpty();
        if (pronouns.plural().contains(pronoun)) {
            return plural;
        }
        return (pronouns.neuter().contains(pronoun) || pronouns.personal().contains(pronoun)) && !plural;
    }

    /** A measure, a law or a target of the debate, rather than someone. */
    private boolean isThing(int head) {
        return s.sentence().lawAt(head) != null || (named(head).isEmpty() && !spokesNouns.contains(tree.lemma(head).toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean agrees(String pronoun, List<Actor> actors) {
        if (pronouns.plural().contains(pronoun)) {
            return true;
        }
        if (pronouns.personal().contains(pronoun)) {
            return actors.size() == 1 && actors.get(0).kind() == org.w3id.e2eekg.fact.ActorKind.PERSON;
        }
        if (pronouns.neuter().contains(pronoun)) {
            return actors.size() == 1 && actors.get(0).kind() != org.w3id.e2eekg.fact.ActorKind.PERSON;
        }
        return false;
    }

    /**
     * "she said", "his office": the person last named before the pronoun whose given name or
     * style says the pronoun's gender; null when no such person is known, or the pronoun is not
     * a gendered one.
     */
    private Actor genderedPerson(int pronoun) {
        String p = s.sentence().token(pronoun).lower();
        Boolean female = pronouns.feminine().contains(p) ? Boolean.TRUE : pronouns.masculine().contains(p) ? Boolean.FALSE : null;
        if (female == null) {
            return null;
        }
        int before = s.sentence().token(pronoun).start();
        Actor best = null;
        int bestAt = -1;
        for (Actor a : d.actors()) {
            if (a.kind() != org.w3id.e2eekg.fact.ActorKind.PERSON || !female.equals(genders.female(a))) {
                continue;
            }
            for (org.w3id.e2eekg.fact.Span m : a.mentions()) {
                if (m.start() < before && m.start() > bestAt) {
                    bestAt = m.start();
                    best = a;
                }
            }
        }
        return best;
    }

    /** The actor named at the token: a mention that stands for an actor, not a demonym. */
    private List<Actor> named(int token) {
        Mention m = s.sentence().mentionAt(token);
        if (m == null) {
            return List.of();
        }
        Mention w = AgentResolver.outer(m);
        if (w.actor() == null || w.isDemonym()) {
            return List.of();
        }
        return List.of(w.actor());
    }

    /** The organisations a noun of people acts for: named after of/at/from, or before it as a modifier or possessor. */
    private List<Actor> behind(int noun) {
        List<Actor> out = new ArrayList<>();
        for (int k : tree.children(noun)) {
            if (tree.is(k, "prep") && pronouns.spokesPrepositions().contains(tree.word(k).toLowerCase(java.util.Locale.ROOT))) {
                int object = tree.child(k, "pobj");
                if (object >= 0) {
                    addActors(object, out);
                    for (int c : tree.conjuncts(object)) {
                        addActors(c, out);
                    }
                }
            } else if (tree.is(k, "compound") || tree.is(k, "amod") || tree.is(k, "poss") || tree.is(k, "nmod")) {
                Mention m = s.sentence().mentionAt(k);
                Mention outer = m == null ? null : AgentResolver.outer(m);
                // "British ministers" act for the United Kingdom; "European police chiefs" for no one place
                if (outer != null && outer.actor() != null && (!outer.isDemonym() || outer.actor().isCountry())) {
                    add(outer.actor(), out);
                }
            }
        }
        return out;
    }

    private void addActors(int token, List<Actor> out) {
        for (Actor a : named(token)) {
            add(a, out);
        }
    }

    private static void add(Actor a, List<Actor> out) {
        if (!out.contains(a)) {
            out.add(a);
        }
    }

    /**
     * A pronoun, or a noun that refers back to actors ("the company", "the signatories",
     * "129 signatories", "both"): what the discourse layer resolves. Other nouns ("the draft")
     * are not actors.
     */
    private boolean refersBack(int token) {
        if (s.sentence().lawAt(token) != null) {
            return false;
        }
        String w = s.sentence().token(token).lower();
        if (s.sentence().pos(token).equals("PRON") || pronouns.both().contains(w)) {
            return true;
        }
        boolean referring = referringNouns.contains(w) || referringNouns.contains(tree.lemma(token).toLowerCase(java.util.Locale.ROOT));
        // "the ministers", "its lawyers", "129 signatories" refer back; a bare plural ("officials said") is anyone
        return referring && (determined(token) || tree.child(token, "nummod") >= 0 || pronouns.signatoryNouns().contains(w));
    }

    /**
     * "The deputy mayor later said ...": a definite noun phrase that spells the public
     * office of one person named before in the article; that person, or null.
     */
    private Actor officeHolder(int noun) {
        int[] span = tree.span(noun);
        int from = span[0];
        if (from >= noun || !tree.is(from, "det") || !determined(noun)) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int k = from + 1; k <= noun; k++) {
            title.append(k > from + 1 ? " " : "").append(s.sentence().token(k).text());
        }
        return d.holderOf(title.toString());
    }

    /**
     * "an alliance of 40 charities, led by X and including Y and Z": the actors a noun of a
     * group, even with "a", names as its leaders or members, up to the verb of its clause (the
     * parser may hang "coordinated by X" from that verb); empty when it names none.
     */
    private List<Actor> members(int noun) {
        int end = tree.span(noun)[1];
        for (int up = tree.head(noun); up >= 0; up = tree.head(up)) {
            // past the participles ("coordinated by", "including") to the verb the group is the subject of
            boolean participle = tree.tag(up).equals("VBN") || tree.tag(up).equals("VBG");
            if (tree.isVerb(up) && (!participle || tree.head(up) < 0)) {
                end = Math.max(end, up);
                break;
            }
        }
        List<Actor> out = new ArrayList<>();
        boolean cued = false;
        for (int k = noun + 1; k < end; k++) {
            String w = s.sentence().token(k).lower();
            cued |= pronouns.memberCues().contains(w)
                    || k + 1 < end && pronouns.memberCues().contains(w + " " + s.sentence().token(k + 1).lower());
            if (cued) {
                for (Actor a : named(k)) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a noun has a possessive or a determiner other than an indefinite one ("the", "its", not "some"). */
    private boolean determined(int noun) {
        for (int k : tree.children(noun)) {
            String d = tree.word(k).toLowerCase(java.util.Locale.ROOT);
            if (tree.is(k, "poss") || tree.is(k, "det") && !pronouns.indefiniteDeterminers().contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** What the discourse layer made of the subject region that holds the token, or of a lone pronoun. */
    private Agent resolvedSubject(int token) {
        Clause best = null;
        for (Clause c : s.clauses()) {
            if (c.hasSubject() && token >= c.subjFrom() && token < c.subjTo() && s.agent(c) != null
                    && (best == null || c.subjTo() - c.subjFrom() < best.subjTo() - best.subjFrom())) {
                best = c;
            }
        }
        Agent bestAgent = best == null ? null : s.agent(best);
        if (bestAgent != null && (bestAgent.hasActors() || bestAgent.document() != null)) {
            return bestAgent;
        }
        int[] span = tree.span(token);
        Agent phrase = agents.phrase(s, span[0], Math.min(span[1], token + 1), d);
        if (phrase.hasActors() || phrase.document() != null) {
            return phrase;
        }
        AnalysedSentence a = s.sentence();
        if (a.pos(token).equals("PRON")) {
            return agents.pronoun(a.token(token).lower(), d);
        }
        return null;
    }
}
