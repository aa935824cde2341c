package org.w3id.e2eekg.extract.discourse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.mention.RoleTitle;
import org.w3id.e2eekg.extract.polarity.Polarity;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Works out who a clause is about: the actors its subject names (the person of a titled
 * name, not the organisation in the title; the possessor of a speech noun, as in "the
 * committee's recommendation", not of other nouns, as in "Apple's retreat"), or what a
 * pronoun, "both", "the signatories", "the company", "the ministers" or "the letter" refers
 * back to, or a target of the debate ("the bill") when the subject is one.
 *
 * <p>The discourse stage's reader: immutable and thread-safe. What it resolves against,
 * the article so far, is the {@link Discourse} of the run; at the end of each sentence
 * {@link #remember} adds what the sentence said to it.
 */
public final class AgentResolver {
    /** A sentence while its clauses' subjects are being resolved: those resolved so far, parents first. */
    private record Scope(AnalysedSentence sentence, Map<Clause, Agent> agents) {
        Agent agent(Clause c) {
            return agents.get(c);
        }
    }

    private final Set<String> speechNouns;
    private final Set<String> groupNouns;
    private final PhraseMatcher documentAnaphors;
    private final Set<String> placeAgentNouns = new java.util.HashSet<>();
    private final Set<String> findingNouns;
    private final Set<String> relationalHeads;
    private final Map<String, String> anaphorTypes = new java.util.HashMap<>();
    private final Polarity polarity;
    private final Set<String> spokesNouns;
    private final Set<String> referringNouns;
    private final Genders genders;
    private final WordSet the;
    private final WordSet and;
    private final WordSet both;
    private final WordSet quoteVerbs;
    private final WordSet whichOrThat;
    private final WordSet subjectPronouns;
    private final WordSet referringDeterminers;
    private final WordSet topicDeterminers;
    private final WordSet its;
    private final WordSet personalSubject;
    private final WordSet neuterSubject;
    private final WordSet pluralSubject;
    private final WordSet plural;
    private final WordSet personal;
    private final WordSet neuter;
    private final WordSet pairWords;
    private final WordSet officialNouns;
    private final WordSet signatoryNouns;
    private final WordSet pluralEndings;
    private final Map<String, String> spellings;
    private final TreeReferents.Pronouns treePronouns;
    /** the document kind of each noun of a specific kind of document ("letter", "petition", "statement"), by lower-case noun */
    private final Map<String, String> anaphorKinds = new java.util.HashMap<>();

    public AgentResolver(Lexicon lex, Polarity polarity) {
        this.speechNouns = lex.lower("speechNouns");
        this.groupNouns = lex.lower("groupNouns");
        this.documentAnaphors = lex.phrases("documentAnaphors");
        for (String kindList : List.of("openLetterNouns", "letterNouns", "petitionNouns", "statementNouns")) {
            String kind = lex.attribute(kindList, E2K.documentClass).orElseThrow();
            lex.lower(kindList).forEach(noun -> anaphorKinds.put(noun, kind));
        }
        this.findingNouns = lex.lower("findingNouns");
        this.relationalHeads = lex.lower("relationalHeads");
        this.polarity = polarity;
        placeAgentNouns.addAll(lex.lower("lowercaseOrgHeads"));
        placeAgentNouns.addAll(lex.lower("placeAgentNouns"));
        placeAgentNouns.addAll(lex.lower("anaphorsCountry"));
        for (String list : List.of("anaphorsCompany", "anaphorsNonProfit", "anaphorsGovernment", "anaphorsCommittee",
                "anaphorsCountry")) {
            String type = lex.attribute(list, E2K.actorClass).orElseThrow();
            for (String w : lex.entries(list)) {
                anaphorTypes.putIfAbsent(w.toLowerCase(Locale.ROOT), type);
            }
        }
        this.spokesNouns = lex.lower("spokesNouns");
        this.genders = new Genders(lex);
        Set<String> referring = new java.util.HashSet<>(lex.lower("groupNouns"));
        for (String list : List.of("anaphorsCompany", "anaphorsNonProfit", "anaphorsGovernment", "anaphorsCommittee",
                "anaphorsCountry", "spokesNouns")) {
            referring.addAll(lex.lower(list));
        }
        this.referringNouns = Set.copyOf(referring);
        the = WordSet.of(lex, "definiteArticle");
        and = WordSet.of(lex, "conjunctionAnd");
        both = WordSet.of(lex, "bothWords");
        quoteVerbs = WordSet.of(lex, "quoteAttributionVerbs");
        whichOrThat = WordSet.of(lex, "pronounWhich", "complementiser");
        subjectPronouns = WordSet.of(lex, "subjectPronouns");
        referringDeterminers = WordSet.of(lex, "referringDeterminers");
        topicDeterminers = WordSet.of(lex, "topicDeterminers");
        its = WordSet.of(lex, "neuterPossessives");
        personalSubject = WordSet.of(lex, "personalSubjectPronouns");
        neuterSubject = WordSet.of(lex, "neuterSubjectPronouns");
        pluralSubject = WordSet.of(lex, "pluralSubjectPronouns");
        plural = WordSet.of(lex, "pluralPronouns");
        personal = WordSet.of(lex, "personalPronouns");
        neuter = WordSet.of(lex, "neuterPronouns");
        pairWords = WordSet.of(lex, "pairWords");
        officialNouns = WordSet.of(lex, "officialNouns");
        signatoryNouns = WordSet.of(lex, "signatoryNouns");
        pluralEndings = WordSet.of(lex, "pluralEndings");
        spellings = lex.pairs("spellingVariants");
        treePronouns = new TreeReferents.Pronouns(plural, neuter, WordSet.of(lex, "personalPronounsWithPossessive"),
                WordSet.of(lex, "femininePronouns"), WordSet.of(lex, "masculinePronouns"), both,
                WordSet.of(lex, "spokesPrepositions"), WordSet.of(lex, "indefiniteDeterminers"), signatoryNouns,
                WordSet.of(lex, "inclusionVerbs", "leaderCues"));
    }

    /** The agent of every clause of a sentence, resolved parents before children. */
    public Map<Clause, Agent> resolve(AnalysedSentence sentence, Clause root, Discourse d) {
        Scope s = new Scope(sentence, new IdentityHashMap<>());
        for (Clause c : root.all()) {
            s.agents().put(c, agentOf(s, c, d));
        }
        return s.agents();
    }

    /**
     * What a noun phrase at tokens [from, to) refers to, read as if it were a clause subject:
     * for the parse-based stance reading, whose subjects need not match a clause of
     * {@link ClauseParser}.
     */
    Agent phrase(SentenceContext s, int from, int to, Discourse d) {
        return agentOf(new Scope(s.sentence(), s.agents()), Clause.subjectPhrase(from, to), d);
    }

    private Agent agentOf(Scope s, Clause c, Discourse d) {
        Clause parent = c.parent();
        switch (c.kind()) {
            case PARTICIPIAL:
                return parent != null && s.agent(parent) != null ? s.agent(parent) : Agent.NONE;
            case RELATIVE:
                return relative(s, c, d);
            case ADVERBIAL:
                return Agent.NONE;
            default:
                break;
        }
        if (c.inheritsSubject() && parent != null && s.agent(parent) != null) {
            return s.agent(parent);
        }
        if (!c.hasSubject()) {
            return Agent.NONE;
        }
        Agent named = named(s, c, d);
        if (named != null) {
            return named;
        }
        Agent referred = referredTo(s, c, d);
        if (referred != null) {
            return referred;
        }
        int pol = polarity.subjectPolarity(s.sentence(), c.subjFrom(), c.subjTo(), c, d.eventPolarity());
        if (pol != 0) {
            return Agent.target(pol);
        }
        return Agent.NONE;
    }

    /**
     * '"We will never weaken encryption," Cathcart said.' and '..., said a spokesperson for X':
     * the actor a quotation is attributed to, from the words after its closing quotation mark.
     */
    public Agent quoteSpeaker(AnalysedSentence a, Discourse d) {
        for (int i = 1; i + 1 < a.size(); i++) {
            Token t = a.token(i);
            boolean closing = (t.is("\u201d") || t.is("\"")) && (a.token(i - 1).is(",") || a.token(i - 1).is("?")
                    || a.token(i - 1).is("!"));
            if (!closing) {
                continue;
            }
            int k = i + 1;
            boolean verbFirst = reporting(a, k);
            int m = verbFirst ? k + 1 : k;
            while (m < a.size() && (the.matches(a.token(m)) || a.roleAt(m) != null)) {
                RoleTitle r = a.roleAt(m);
                m = r != null ? Math.max(m + 1, r.to()) : m + 1;
            }
            Mention who = m < a.size() ? a.mentionAt(m) : null;
            if (who == null && m < a.size() && a.pos(m).equals("PRON")) {
                Agent p = pronoun(a.token(m).lower(), d);
                if ((verbFirst || reporting(a, m + 1)) && p.hasActors()) {
                    return p;
                }
            }
            if (who != null) {
                Mention w = outer(who);
                if (w.actor() != null && (verbFirst || reporting(a, w.to))) {
                    return Agent.of(List.of(w.actor()));
                }
            }
        }
        return null;
    }

    private boolean reporting(AnalysedSentence a, int i) {
        return i < a.size() && quoteVerbs.matches(a.token(i));
    }

    /** The speaker of a clause through ", they wrote," asides, looking up the clause tree. */
    public Agent asideSpeaker(SentenceContext s, Clause c, Discourse d) {
        for (Clause k = c; k != null; k = k.parent()) {
            if (k.speakerPronoun() >= 0) {
                return pronoun(s.sentence().token(k.speakerPronoun()).lower(), d);
            }
        }
        return null;
    }

    /**
     * The actors of a list that ends with {@code last}, in order: "Sens. Tom Cotton and Marsha
     * Blackburn, who introduced ..." gives both. Only names of the same kind, joined by "and"
     * or commas, with titles before them passed over.
     */
    private List<Actor> coordinatedUpTo(AnalysedSentence a, Mention last) {
        List<Actor> out = new ArrayList<>(List.of(last.actor()));
        int k = startWithTitle(a, last.from) - 1;
        boolean joined = false;
        while (k > 0 && (and.matches(a.token(k)) || a.token(k).is(","))) {
            joined |= and.matches(a.token(k));
            Mention before = a.mentionAt(k - 1);
            Mention o = before == null ? null : outer(before);
            if (o == null || o.actor() == null || o.kind() != last.kind() || o.isDemonym() || out.contains(o.actor())) {
                break;
            }
            out.add(0, o.actor());
            k = startWithTitle(a, o.from) - 1;
        }
        return joined ? out : List.of(last.actor());
    }

    /** Where a name starts with the title written before it ("Sens. Tom Cotton"): the title's start, else the name's. */
    private static int startWithTitle(AnalysedSentence a, int from) {
        RoleTitle title = from > 0 ? a.roleAt(from - 1) : null;
        return title != null && title.nameFrom(a) == from ? title.from() : from;
    }

    private Agent relative(Scope s, Clause c, Discourse d) {
        AnalysedSentence a = s.sentence();
        if (c.subjTo() > c.subjFrom() && both.matches(a.token(c.subjFrom()))) {
            List<Actor> pair = pairBefore(a, c.subjFrom());
            return pair.isEmpty() ? Agent.of(d.lastPair()) : Agent.of(pair);
        }
        int g = c.governor();
        if (g < 0 || g >= a.size()) {
            return Agent.NONE;
        }
        Mention m = a.mentionAt(g);
        boolean which = c.from() > 0 && whichOrThat.matches(a.token(c.from() - 1));
        if (m != null && which && outer(m).kind() == ActorKind.PERSON) {
            // "an ad hoc committee ..., chaired by Congress MP Jairam Ramesh, which recommended": not the person
            for (int k = outer(m).from - 1; k >= 0; k--) {
                Mention o = a.mentionAt(k);
                if (o != null && outer(o).kind() == ActorKind.ORGANISATION && outer(o).actor() != null
                        && a.roleAt(k) == null) {
                    return Agent.of(List.of(outer(o).actor()));
                }
            }
        }
        if (m != null) {
            Mention w = outer(m);
            if (w.actor() != null && !w.isDemonym()) {
                return Agent.of(coordinatedUpTo(a, w));
            }
        }
        RoleTitle r = a.roleAt(g);
        if (r != null) {
            Mention p = a.mentionAt(r.from() > 0 ? r.from() - 2 : 0);
            if (p != null && p.actor() != null && p.kind() == ActorKind.PERSON) {
                return Agent.of(List.of(p.actor()));
            }
        }
        // "Erik Neuenschwander, its director of user privacy and child safety, who wrote": the person before the apposition
        for (int k = g; k > 0 && k > g - 16; k--) {
            if (a.token(k).is(",")) {
                Mention before = a.mentionAt(k - 1);
                if (before != null && outer(before).kind() == ActorKind.PERSON && outer(before).actor() != null) {
                    return Agent.of(List.of(outer(before).actor()));
                }
                break;
            }
        }
        // "The company, which insists ...": the antecedent is a reference back
        Clause parent = c.parent();
        if (parent != null && s.agent(parent) != null && !s.agent(parent).isEmpty() && g < parent.predFrom()) {
            return s.agent(parent);
        }
        return Agent.NONE;
    }

    /** The last two actors joined by "and" before position i. */
    private List<Actor> pairBefore(AnalysedSentence a, int i) {
        List<Actor> out = new ArrayList<>();
        for (int k = i - 1; k > 0; k--) {
            if (and.matches(a.token(k))) {
                Mention left = a.mentionAt(k - 1);
                Mention right = a.mentionAt(k + 1);
                if (left != null && right != null && outer(left).actor() != null && outer(right).actor() != null) {
                    out.add(outer(left).actor());
                    out.add(outer(right).actor());
                    return out;
                }
            }
        }
        return out;
    }

    /** The outermost name a mention is part of: "Senate Judiciary Committee" for "Senate". */
    public static Mention outer(Mention m) {
        Mention w = m;
        while (w.whole() != null) {
            w = w.whole();
        }
        return w;
    }

    /** Actors named in the subject region, or null if it names none. */
    private Agent named(Scope s, Clause c, Discourse d) {
        AnalysedSentence a = s.sentence();
        List<Actor> actors = new ArrayList<>();
        boolean possessedNonSpeech = false;
        for (int i = c.subjFrom(); i < c.subjTo(); i++) {
            if (c.inParenthetical(i)) {
                continue;
            }
            Mention m = a.mentionAt(i);
            if (m == null) {
                continue;
            }
            Mention w = outer(m);
            i = Math.max(i, w.to - 1);
            if (w.isDemonym() || w.actor() == null || isTitleOrganisation(a, w) || isPlaceModifier(a, w)) {
                continue;
            }
            // "A YouGov survey found that ...": what a poll finds is not its maker's stance
            String described = possessedNoun(a, w.possessive() ? w.to + 1 : w.to, c.subjTo());
            if (described != null && findingNouns.contains(described)) {
                continue;
            }
            if (described != null && !w.possessive() && relationalHeads.contains(described)) {
                continue; // "the iPhone maker": someone else than the product named
            }
            if (w.possessive()) {
                String noun = possessedNoun(a, w.to + 1, c.subjTo());
                if (noun == null || !speechNouns.contains(noun)) {
                    possessedNonSpeech = true;
                    continue;
                }
            }
            if (!actors.contains(w.actor())) {
                actors.add(w.actor());
            }
        }
        List<Actor> members = actors.size() <= 1 ? membersBetweenDashes(a, c) : List.of();
        if (!members.isEmpty()) {
            return Agent.of(members);
        }
        if (!actors.isEmpty()) {
            return Agent.of(actors);
        }
        if (possessedNonSpeech) {
            int pol = polarity.subjectPolarity(a, c.subjFrom(), c.subjTo(), c, d.eventPolarity());
            return pol != 0 ? Agent.target(pol) : Agent.NONE;
        }
        return null;
    }

    /**
     * "The Nordic governments - Norway, Sweden, Finland and Denmark - signed":
     * a group subject whose members are listed between dashes right after it acts as those
     * members; empty unless two or more are named there.
     */
    private List<Actor> membersBetweenDashes(AnalysedSentence a, Clause c) {
        for (Clause.Range p : c.parentheticals()) {
            boolean afterGroup = p.from() > c.subjFrom() && (groupNouns.contains(a.token(p.from() - 1).lower())
                    || a.mentionAt(p.from() - 1) != null);
            if (!afterGroup || p.to() > c.subjTo() || !a.token(p.from()).is("\u2014")) {
                continue;
            }
            List<Actor> out = new ArrayList<>();
            for (int i = p.from() + 1; i < p.to(); i++) {
                Mention m = a.mentionAt(i);
                if (m != null && outer(m).actor() != null && !outer(m).isDemonym() && !out.contains(outer(m).actor())) {
                    out.add(outer(m).actor());
                    i = Math.max(i, outer(m).to - 1);
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "UK" in "70 per cent of UK adults": a place that only describes the people of the noun
     * after it; "UK officials" and "the US government" do speak for it.
     */
    private boolean isPlaceModifier(AnalysedSentence a, Mention m) {
        if (m.kind() != ActorKind.PLACE || m.to >= a.size()) {
            return false;
        }
        Token next = a.token(m.to);
        return a.pos(m.to).equals("NOUN") && next.text().equals(next.lower()) && !placeAgentNouns.contains(next.lower());
    }

    /** "Acme" in "Acme CEO John Doe": the organisation of a title before a person. */
    private static boolean isTitleOrganisation(AnalysedSentence a, Mention m) {
        for (RoleTitle r : a.roles()) {
            if (r.org() == m || (r.org() != null && outer(r.org()) == m)) {
                Mention after = r.to() < a.size() ? a.mentionAt(r.to()) : null;
                if (after != null && after.kind() == ActorKind.PERSON) {
                    return true;
                }
                // "the trust's president and chief executive, Jane Roe"
                if (r.to() + 1 < a.size() && a.token(r.to()).is(",") && a.mentionAt(r.to() + 1) != null
                        && a.mentionAt(r.to() + 1).kind() == ActorKind.PERSON) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String possessedNoun(AnalysedSentence a, int from, int to) {
        for (int i = from; i < Math.min(to, from + 4); i++) {
            String p = a.pos(i);
            if (p.equals("NOUN")) {
                return a.token(i).lower();
            }
            if (!(p.equals("ADJ") || p.equals("NUM") || a.token(i).isNumber())) {
                return null;
            }
        }
        return null;
    }

    /** Pronouns, "both", group nouns and definite descriptions that refer back. */
    private Agent referredTo(Scope s, Clause c, Discourse d) {
        AnalysedSentence a = s.sentence();
        int i = c.subjFrom();
        while (i < c.subjTo() && c.inParenthetical(i)) {
            i++;
        }
        if (i >= c.subjTo()) {
            return null;
        }
        Token t = a.token(i);
        if (a.pos(i).equals("PRON") || subjectPronouns.matches(t)) {
            if (c.kind() == Clause.Kind.COMPLEMENT) {
                Agent m = measureReferent(s, c, t, d);
                if (m != null) {
                    return m;
                }
                if (c.parent() != null && s.agent(c.parent()) != null && s.agent(c.parent()).hasActors() && agrees(t, s.agent(c.parent()))) {
                    return s.agent(c.parent());
                }
            }
            Actor near = earlierInSentence(a, i, t);
            if (near != null) {
                return Agent.of(List.of(near));
            }
            return pronoun(t.lower(), d);
        }
        if (both.matches(t)) {
            return Agent.of(d.lastPair());
        }
        boolean definite = referringDeterminers.matches(t);
        int k = definite ? i + 1 : i;
        // "This letter", "the effort", "The letter, dated ..."
        PhraseMatcher.Match doc = null;
        // "the coalition letter", "the joint appeal": a modifier or two before the noun
        for (int j = k; doc == null && j < Math.min(c.subjTo(), k + 3) && (j == k || a.mentionAt(j - 1) == null); j++) {
            doc = documentAnaphors.at(a.tokens(), j);
            if (!a.pos(j).equals("NOUN") && !a.pos(j).equals("ADJ")) {
                break;
            }
        }
        // "(NCA said) the move was hugely disappointing": someone's verdict on the act, not its authors acting
        if (definite && doc != null && c.kind() == Clause.Kind.COMPLEMENT) {
            int pol = polarity.subjectPolarity(a, c.subjFrom(), c.subjTo(), c, d.eventPolarity());
            if (pol != 0) {
                return Agent.target(pol);
            }
        }
        if (definite && doc != null) {
            String kind = anaphorKinds.get(doc.entry().toLowerCase(Locale.ROOT));
            DocumentFact.Builder df = topicDeterminers.matches(t) && d.topicDocument() != null ? d.topicDocument()
                    : kind != null ? d.currentDocumentLike(kind) : d.currentDocument();
            if (df != null) {
                return new Agent(df.signatories(), df, 0, true);
            }
        }
        // "129 signatories", "the signatories", "the ministers", "the two data protection bodies"
        for (int j = i; j < Math.min(c.subjTo(), i + 6); j++) {
            if (c.inParenthetical(j)) {
                break;
            }
            String w = a.token(j).lower();
            if (groupNouns.contains(w)) {
                return group(s, c, d, i, j, definite);
            }
        }
        // "the company", "the charity", "the government"
        if (definite || its.matches(t)) {
            for (int j = k; j < Math.min(c.subjTo(), k + 3); j++) {
                String two = j + 1 < c.subjTo() ? a.token(j).lower() + " " + a.token(j + 1).lower() : null;
                String type = two != null && anaphorTypes.containsKey(two) ? anaphorTypes.get(two) : anaphorTypes.get(a.token(j).lower());
                if (type != null) {
                    Actor same = "Country".equals(type) ? null : earlierOfType(a, i, type);
                    Actor r = same != null ? same : byType(type, a.token(j).lower(), d);
                    if (r != null) {
                        return Agent.of(List.of(r));
                    }
                }
            }
        }
        // bare "ministers", "Ministers"
        if (anaphorTypes.containsKey(t.lower()) && "Country".equals(anaphorTypes.get(t.lower())) && d.focusCountry() != null) {
            return Agent.of(List.of(d.focusCountry()));
        }
        return null;
    }

    /** "if Signal had to choose ..., it would leave": the last fitting name earlier in the same sentence. */
    private Actor earlierInSentence(AnalysedSentence a, int i, Token pronoun) {
        boolean person = personalSubject.matches(pronoun);
        if (!person && !neuterSubject.matches(pronoun)) {
            return null;
        }
        for (int k = i - 1; k >= 0; k--) {
            Mention m = a.mentionAt(k);
            if (m == null) {
                continue;
            }
            Mention w = outer(m);
            k = w.from;
            if (w.actor() == null || w.isDemonym()) {
                continue;
            }
            if (person ? w.actor().kind() == ActorKind.PERSON : w.actor().kind() == ActorKind.ORGANISATION) {
                return w.actor();
            }
        }
        return null;
    }

    /** "Foomail head Jane Roe warned the service might ...": an organisation of that kind earlier in the sentence. */
    private static Actor earlierOfType(AnalysedSentence a, int i, String type) {
        for (int k = i - 1; k >= 0; k--) {
            Mention m = a.mentionAt(k);
            if (m != null) {
                Mention w = outer(m);
                k = w.from;
                if (w.actor() != null && type.equals(w.actor().type())) {
                    return w.actor();
                }
            }
        }
        return null;
    }

    private boolean agrees(Token pronoun, Agent agent) {
        boolean plural = agent.actors().size() > 1 || agent.group();
        if (pluralSubject.matches(pronoun)) {
            return plural;
        }
        if (neuterSubject.matches(pronoun)) {
            return !plural && agent.actors().get(0).kind() != ActorKind.PERSON;
        }
        return !plural && agent.actors().get(0).kind() == ActorKind.PERSON;
    }

    /** "arguing they might be abused...": "they" is the measure the parent clause just named. */
    private Agent measureReferent(Scope s, Clause c, Token t, Discourse d) {
        Clause p = c.parent();
        if (p == null) {
            return null;
        }
        for (Clause k = p; k != null; k = k.parent()) {
            for (int i = k.windowTo() - 1; i >= k.predFrom(); i--) {
                PhraseMatcher.Match m = polarity.targetAt(s.sentence(), i);
                if (m != null && polarity.isMeasure(m)) {
                    boolean pluralMeasure = pluralEndings.endsOneOf(s.sentence().token(m.to() - 1).text());
                    if (pluralSubject.matches(t) == pluralMeasure) {
                        return Agent.target(polarity.polarityOf(m.list()));
                    }
                    return null;
                }
            }
            if (k.kind() == Clause.Kind.MAIN) {
                break;
            }
        }
        return null;
    }

    /** What a pronoun ("they", "she", "it") refers back to. */
    public Agent pronoun(String p, Discourse d) {
        if (plural.contains(p)) {
            if (!d.lastGroup().isEmpty() || d.lastGroupDocument() != null) {
                return new Agent(d.lastGroup(), d.lastGroupDocument(), 0, true);
            }
            return Agent.NONE;
        }
        if (personal.contains(p)) {
            Boolean female = treePronouns.feminine().contains(p) ? Boolean.TRUE
                    : treePronouns.masculine().contains(p) ? Boolean.FALSE : null;
            // "she": the last woman named, else the last person whose name does not say; never a man named since
            Actor person = female == null ? d.lastPerson() : d.lastPerson(x -> female.equals(genders.female(x)));
            if (person == null && female != null) {
                person = d.lastPerson(x -> genders.female(x) == null);
            }
            return person != null ? Agent.of(List.of(person)) : Agent.NONE;
        }
        if (neuter.contains(p)) {
            DocumentFact.Builder doc = d.recentSubjectDocument();
            if (doc != null) {
                return new Agent(doc.signatories(), doc, 0, true);
            }
            Actor org = d.recentSubjectOrg() != null ? d.recentSubjectOrg() : d.lastOrg();
            return org != null ? Agent.of(List.of(org)) : Agent.NONE;
        }
        return Agent.NONE;
    }

    private Actor byType(String type, String word, Discourse d) {
        if ("Country".equals(type)) {
            return d.focusCountry();
        }
        Actor r = d.lastOf(type, spellings.getOrDefault(word, word));
        if (r == null) {
            // "the center": an organisation whose name has the British spelling
            for (Map.Entry<String, String> v : spellings.entrySet()) {
                if (v.getValue().equals(word) && r == null) {
                    r = d.lastOrgWithWord(v.getKey());
                }
            }
        }
        if (r == null && type.equals("Company")) {
            return null;
        }
        return r;
    }

    private Agent group(Scope s, Clause c, Discourse d, int i, int nounAt, boolean definite) {
        AnalysedSentence a = s.sentence();
        String noun = a.token(nounAt).lower();
        // "the two data protection bodies": the last pair named
        if (definite && nounAt > i + 1 && pairWords.matches(a.token(i + 1))) {
            return Agent.of(d.lastPair());
        }
        if (officialNouns.contains(noun)) {
            if (definite && !d.lastOfficials().isEmpty()) {
                return new Agent(d.lastOfficials(), d.currentDocument(), 0, true);
            }
            return d.focusCountry() != null ? Agent.of(List.of(d.focusCountry())) : Agent.NONE;
        }
        if (signatoryNouns.contains(noun) && definite && d.currentDocument() != null) {
            return new Agent(d.currentDocument().signatories(), d.currentDocument(), 0, true);
        }
        // "a coalition of more than 90 ... organisations, coordinated by X and including Y, Z"
        List<Actor> members = new ArrayList<>();
        for (Clause.Range p : c.parentheticals()) {
            if (p.from() < c.subjFrom() || p.from() > c.subjTo()) {
                continue;
            }
            for (int k = p.from(); k < p.to(); k++) {
                Mention m = a.mentionAt(k);
                if (m != null && outer(m).actor() != null && !outer(m).isDemonym() && !members.contains(outer(m).actor())) {
                    members.add(outer(m).actor());
                }
            }
        }
        return new Agent(members, null, 0, true);
    }

    /**
     * What a sentence leaves for the ones after it: the subjects of its main clauses (a
     * group for "they", a document for "it"), the pair it names together ("both"), every
     * actor it names, its last full date, and the polarity of the last target it names.
     */
    public void remember(SentenceContext s, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (Clause c : s.clauses()) {
            Agent agent = s.agent(c);
            if (c.kind() == Clause.Kind.MAIN && agent != null && agent.document() != null && !agent.hasActors()
                    && c.hasSubject()) {
                d.subjectDocument(agent.document());
            }
            if ((c.kind() == Clause.Kind.MAIN || c.kind() == Clause.Kind.COORDINATE) && agent != null && !c.inheritsSubject()) {
                if (agent.hasActors() || agent.document() != null) {
                    d.subject(agent.actors(), agent.document());
                }
                if (agent.document() != null) {
                    List<Actor> officials = d.officialsOf(agent.document());
                    if (officials.size() > 1) {
                        d.officials(officials);
                    }
                }
            }
        }
        List<Actor> pair = new ArrayList<>();
        for (int i = 1; i + 1 < a.size(); i++) {
            if (!and.matches(a.token(i))) {
                continue;
            }
            Actor x = nearMention(a, i - 1, -1);
            Actor y = nearMention(a, i + 1, 1);
            if (x != null && y != null && x.kind() != y.kind()) {
                // "the EDPB chaired by Jane Roe and the EDPS": "and" joins like with like
                x = likeBefore(a, i - 1, y.kind());
            }
            if (x != null && y != null && x != y) {
                pair = List.of(x, y);
            }
        }
        d.pair(pair);
        for (Mention m : a.actorMentions()) {
            d.mentioned(m.actor());
        }
        for (DateMention dm : s.dates()) {
            if (!dm.yearOnly() && dm.value().hasMonth()) {
                d.date(dm.value());
                if (!dm.relative()) {
                    d.writtenDate(dm.value(), a.sentence().paragraph());
                }
            }
        }
        int lastTarget = 0;
        for (int i = 0; i < a.size(); i++) {
            PhraseMatcher.Match m = polarity.targetAt(a, i);
            if (m != null && !polarity.isTopic(m.list())) {
                lastTarget = polarity.polarityOf(m.list());
                i = m.to() - 1;
            }
        }
        d.target(lastTarget);
    }

    /** The nearest actor of this kind named in the few tokens before token i, skipping others; or null. */
    private static Actor likeBefore(AnalysedSentence a, int i, ActorKind kind) {
        for (int k = i; k >= 0 && k > i - 8; k--) {
            Mention m = a.mentionAt(k);
            Mention w = m != null ? outer(m) : null;
            if (w != null && w.actor() != null && !w.isDemonym() && w.actor().kind() == kind) {
                return w.actor();
            }
        }
        return null;
    }

    /** The actor named at i or, skipping "the" and bracketed acronyms, just beyond it in direction dir. */
    private Actor nearMention(AnalysedSentence a, int i, int dir) {
        for (int k = i, steps = 0; k >= 0 && k < a.size() && steps < 4; k += dir, steps++) {
            Mention m = a.mentionAt(k);
            if (m != null) {
                Mention w = outer(m);
                if (w.isDemonym() || w.actor() == null) {
                    return null;
                }
                if (dir < 0 && k >= 2 && a.token(k - 1).is("(")) {
                    continue;
                }
                return w.actor();
            }
            if (!(the.matchesAsWritten(a.token(k)) || a.token(k).is("(") || a.token(k).is(")"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Who the noun phrases of a parsed sentence refer to, for stance composition.
     *
     * @param s    the sentence, its clause subjects resolved
     * @param tree its dependency parse
     * @param d    the discourse so far
     */
    public TreeReferents referents(SentenceContext s, DependencyTree tree, Discourse d) {
        return new TreeReferents(s, tree, d, this, spokesNouns, referringNouns, genders, treePronouns);
    }
}
