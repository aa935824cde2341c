package org.w3id.e2eekg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.discourse.Agent;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.polarity.Polarity;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * Reads stances from the clauses of a sentence. Each clause's window is read by {@link
 * Polarity}; its value goes to the clause's subject, or, when the subject is a target ("the
 * clause put encryption at risk"), to whoever asserts the clause: the speaker of the
 * reporting verb it depends on ("the Wren Trust warned that ..."), or the speaker of a
 * ", they wrote," aside. A complement whose subject is another actor ("told a radio station
 * the firm would leave ...") gives that actor the stance, and the speaker too when the speaker
 * holds a post there. "X echoed Y's warning" gives X the stance of Y.
 */
final class StanceReader {
    /** A contribution to an actor's or a document's stance in one sentence. */
    record Vote(List<Actor> actors, DocumentFact.Builder document, int value, Set<Demand> demands, String cue, String rule,
                double confidence, org.w3id.e2eekg.fact.StanceFact.Basis basis) {
        Vote(List<Actor> actors, DocumentFact.Builder document, int value, Set<Demand> demands, String cue, String rule) {
            this(actors, document, value, demands, cue, rule, 0.9, null);
        }
    }

    /** "X echoed Y's warning". */
    record Echo(Actor echoer, Actor source) {}

    private final Polarity polarity;
    private final AgentResolver agents;
    private final PhraseMatcher echoVerbs;
    private final Set<String> speechNouns;
    private final Set<String> directiveVerbs;

    private final Map<String, Integer> evaluative = new java.util.HashMap<>();
    private final WordSet what;
    private final WordSet labelDemonstratives;
    private final WordSet namingVerbs;
    private final WordSet we;
    private final WordSet capitalisedPronouns;
    private final WordSet by;
    private final WordSet participleEndings;
    private final WordSet nameListWords;
    private final WordSet rejectionForms;
    private final WordSet makerPrepositions;

    StanceReader(Lexicon lex, Polarity polarity, AgentResolver agents) {
        this.directiveVerbs = lex.lower("directiveVerbs");
        this.polarity = polarity;
        this.agents = agents;
        this.echoVerbs = lex.phrases("echoVerbs");
        this.speechNouns = lex.lower("speechNouns");
        lex.pairs("evaluativeGovernors").forEach((w, pol) -> evaluative.put(w.toLowerCase(java.util.Locale.ROOT),
                Integer.parseInt(pol)));
        what = WordSet.of(lex, "whatWords");
        labelDemonstratives = WordSet.of(lex, "labelDemonstratives");
        namingVerbs = WordSet.of(lex, "namingVerbForms");
        we = WordSet.of(lex, "firstPersonPlural");
        capitalisedPronouns = WordSet.of(lex, "capitalisedPronouns");
        by = WordSet.of(lex, "prepositionBy");
        participleEndings = WordSet.of(lex, "participleEndings");
        nameListWords = WordSet.of(lex, "nameListWords");
        rejectionForms = WordSet.of(lex, "rejectionForms");
        makerPrepositions = WordSet.of(lex, "makerPrepositions");
    }

    List<Vote> read(SentenceContext s, Discourse d, List<Echo> echoes) {
        List<Vote> out = new ArrayList<>();
        if (s.sentence().sentence().question()) {
            return out;
        }
        d.startWindowReading();
        whatTheyCall(s, d, out);
        for (Clause c : s.clauses()) {
            int before = lastTargetBefore(s, c.predFrom());
            int measureNear = before;
            if (c.kind() == Clause.Kind.ADVERBIAL || c.windowTo() <= c.predFrom() && s.agent(c) == null) {
                continue;
            }
            Agent agent = s.agent(c) == null ? Agent.NONE : s.agent(c);
            if (s.quoteSpeaker() != null && (agent.isEmpty() || firstPerson(s, c))) {
                agent = s.quoteSpeaker();
            } else if (firstPerson(s, c) && c.kind() == Clause.Kind.COMPLEMENT && c.parent() != null && s.agent(c.parent()) != null) {
                agent = s.agent(c.parent());
            }
            echoes(s, c, agent, echoes);
            nested(s, c, d, out, measureNear);
            if (agent.isTarget()) {
                int v = sum(polarity.read(s.sentence(), c.predFrom(), c.windowTo(), c, agent.target(), false, measureNear, d.eventPolarity()));
                if (v != 0) {
                    List<Actor> by = passiveAgents(s, c);
                    if (!by.isEmpty()) {
                        out.add(new Vote(by, null, v, EnumSet.noneOf(Demand.class), cueText(s, c), "stance-passive"));
                        continue;
                    }
                    Agent speaker = speaker(s, c, d);
                    if (speaker != null && !speaker.isEmpty() && !speaker.isTarget()) {
                        out.add(new Vote(speaker.actors(), speaker.document(), v * governing(s, c), EnumSet.noneOf(Demand.class),
                                cueText(s, c), "stance-asserted-harm"));
                    }
                }
                continue;
            }
            boolean company = !agent.actors().isEmpty() && agent.actors().stream().allMatch(x -> x.kind() == ActorKind.ORGANISATION
                    && ("Company".equals(x.type()) || "Organisation".equals(x.type()) || "NonProfit".equals(x.type())));
            int from = c.kind() == Clause.Kind.COMPLEMENT && agent.isEmpty() ? c.subjFrom() : c.predFrom();
            List<Polarity.Reading> readings = polarity.read(s.sentence(), from, c.windowTo(), c, 0, company, measureNear, d.eventPolarity());
            if (c.kind() == Clause.Kind.COMPLEMENT && agent.isEmpty()) {
                readings = warnings(s, c, readings);
            }
            int v = sum(readings);
            if (v == 0 && readings.isEmpty() && c.kind() == Clause.Kind.COMPLEMENT && agent.isEmpty()) {
                // "terrorists ... were hiding behind encrypted apps": encryption named with a harm
                int assoc = polarity.association(s.sentence(), c.subjFrom(), c.windowTo(), c);
                Agent speaker = assoc != 0 ? speaker(s, c, d) : null;
                if (speaker != null && speaker.hasActors()) {
                    out.add(new Vote(speaker.actors(), speaker.document(), assoc, EnumSet.noneOf(Demand.class),
                            cueText(s, c), "stance-harm-association"));
                }
                continue;
            }
            if (v == 0) {
                continue;
            }
            Set<Demand> demands = EnumSet.noneOf(Demand.class);
            StringBuilder cue = new StringBuilder();
            for (Polarity.Reading r : readings) {
                if (Integer.signum(r.value()) == Integer.signum(v)) {
                    demands.addAll(r.demands());
                    if (cue.length() == 0) {
                        cue.append(r.cue()).append(r.cue().isEmpty() ? "" : " ").append(s.text(r.anchorFrom(), r.anchorTo()));
                    }
                }
            }
            if (!agent.isEmpty()) {
                out.add(new Vote(agent.actors(), agent.document(), v, demands, cue.toString(), ruleOf(c)));
            }
            // an assertion by someone else: "She told dpa that ... it would leave the market"; and a second
            // predicate the parser left inside what was said: "said the drop was bad and urged Meta to ..."
            boolean leftInside = c.inheritsSubject() && c.parent() != null && c.parent().kind() == Clause.Kind.COMPLEMENT
                    && agent.isEmpty();
            if (c.kind() == Clause.Kind.COMPLEMENT || leftInside) {
                Agent speaker = speaker(s, c, d);
                int judged = leftInside ? 0 : evaluation(s, c);
                if (speaker != null && speaker.hasActors() && !sameActors(speaker, agent)
                        && (agent.isEmpty() || affiliated(speaker, agent, d) || judged != 0)) {
                    out.add(new Vote(speaker.actors(), speaker.document(), v * (judged != 0 ? judged : governing(s, c)),
                            demands, cue.toString(), judged != 0 ? "stance-judged" : "stance-reported"));
                }
            }
        }
        return out;
    }

    /**
     * "That is what the Wren Trust and other critics call section 9 of the draft law":
     * the actors name the measure by the label "That" refers to (the last target of the
     * sentence before, here "snooping section"), so their stance is the product of the two.
     */
    private void whatTheyCall(SentenceContext s, Discourse d, List<Vote> out) {
        AnalysedSentence a = s.sentence();
        for (int i = 0; i < a.size(); i++) {
            if (!what.matches(a.token(i))) {
                continue;
            }
            List<Actor> who = new ArrayList<>();
            int k = i + 1;
            while (k < Math.min(a.size(), i + 10) && !isCharacteriser(a.token(k))) {
                Mention m = a.mentionAt(k);
                if (m != null && AgentResolver.outer(m).actor() != null) {
                    Mention w = AgentResolver.outer(m);
                    if (!who.contains(w.actor())) {
                        who.add(w.actor());
                    }
                    k = w.to;
                    continue;
                }
                k++;
            }
            if (who.isEmpty() || k >= a.size() || !isCharacteriser(a.token(k))) {
                continue;
            }
            int label = i <= 3 && labelDemonstratives.matches(a.token(0)) ? d.lastTarget() : 0;
            int named = 0;
            for (int j = k + 1; j < a.size() && named == 0; j++) {
                PhraseMatcher.Match m = polarity.targetAt(a, j);
                if (m != null && (!polarity.isMeasure(m) || polarity.definite(a, j))) {
                    named = polarity.polarityOf(m.list());
                }
            }
            if (label != 0 && named != 0) {
                out.add(new Vote(who, null, label * named, EnumSet.noneOf(Demand.class), s.text(i, Math.min(a.size(), k + 1)),
                        "stance-what-they-call"));
            }
        }
    }

    private boolean isCharacteriser(Token t) {
        return namingVerbs.matches(t);
    }

    /**
     * In a clause reported by a verb that asserts rather than directs ("arguing that complying
     * would break end-to-end encryption"), damage to encryption is a warning: the speaker
     * defends it. After "recommended that" or "urged that" the clause is a wish and reads as it stands.
     */
    private List<Polarity.Reading> warnings(SentenceContext s, Clause c, List<Polarity.Reading> readings) {
        if (c.governor() >= 0 && c.governor() < s.sentence().size() && directiveVerbs.contains(s.sentence().token(c.governor()).lower())) {
            return readings;
        }
        List<Polarity.Reading> out = new ArrayList<>();
        for (Polarity.Reading r : readings) {
            // the damage is what is asserted; other words ("wrong to claim") bear on the assertion
            out.add(r.topic() && r.damaged()
                    ? new Polarity.Reading(-r.value(), r.anchorFrom(), r.anchorTo(), EnumSet.noneOf(Demand.class), r.cue(), true, true)
                    : r);
        }
        return out;
    }

    /** A clause whose subject is "we" or "I": the speaker talking of themselves. */
    private boolean firstPerson(SentenceContext s, Clause c) {
        if (!c.hasSubject()) {
            return false;
        }
        Token t = s.sentence().token(c.subjFrom());
        if ((t.is("\"") || t.is("\u201c")) && c.subjFrom() + 1 < c.subjTo()) {
            t = s.sentence().token(c.subjFrom() + 1);
        }
        return we.matches(t) || capitalisedPronouns.matchesAsWritten(t);
    }

    /** "The plan was welcomed by child-safety charities": the actors after "by" in the window. */
    private List<Actor> passiveAgents(SentenceContext s, Clause c) {
        AnalysedSentence a = s.sentence();
        List<Actor> out = new ArrayList<>();
        for (int i = c.predFrom(); i + 1 < c.windowTo(); i++) {
            String before = i > 0 ? a.token(i - 1).lower() : "";
            if (!by.matches(a.token(i)) || i == 0
                    || !(a.pos(i - 1).equals("VERB") || participleEndings.endsOneOf(before))) {
                continue;
            }
            for (int k = i + 1; k < c.windowTo(); k++) {
                Mention m = a.mentionAt(k);
                if (m != null) {
                    Mention w = AgentResolver.outer(m);
                    if (w.actor() != null && !w.isDemonym()) {
                        out.add(w.actor());
                    }
                    k = w.to - 1;
                    continue;
                }
                if (!(a.token(k).is(",") || nameListWords.matches(a.token(k)))) {
                    break;
                }
            }
        }
        return out;
    }

    /** The polarity of the last target of the sentence before position i, for "impose one", "called it". */
    private int lastTargetBefore(SentenceContext s, int i) {
        int found = 0;
        for (int k = 0; k < i; k++) {
            PhraseMatcher.Match m = polarity.targetAt(s.sentence(), k);
            if (m != null && !polarity.isTopic(m.list())) {
                found = polarity.polarityOf(m.list());
                k = m.to() - 1;
            }
        }
        return found;
    }

    private static String cueText(SentenceContext s, Clause c) {
        return s.text(c.predFrom(), Math.min(c.windowTo(), c.predFrom() + 8));
    }

    private static String ruleOf(Clause c) {
        return switch (c.kind()) {
            case COMPLEMENT -> "stance-complement";
            case PARTICIPIAL -> "stance-participle";
            case RELATIVE -> "stance-relative";
            default -> "stance-clause";
        };
    }

    private static int sum(List<Polarity.Reading> readings) {
        int v = 0;
        for (Polarity.Reading r : readings) {
            v += r.value();
        }
        return Integer.signum(v);
    }

    /** Who asserts a clause: the owner of the speech noun or reporting verb it hangs from, or an aside's speaker. */
    private Agent speaker(SentenceContext s, Clause c, Discourse d) {
        AnalysedSentence a = s.sentence();
        if (c.kind() == Clause.Kind.COMPLEMENT && c.governor() >= 0 && c.governor() < a.size()) {
            Actor owner = speechNounOwner(a, c.governor());
            if (owner != null) {
                return Agent.of(List.of(owner));
            }
        }
        if (c.kind() == Clause.Kind.COMPLEMENT || c.kind() == Clause.Kind.PARTICIPIAL || c.inheritsSubject()) {
            for (Clause p = c.parent(); p != null; p = p.parent()) {
                if (s.agent(p) != null && !s.agent(p).isEmpty() && !s.agent(p).isTarget()) {
                    return s.agent(p);
                }
                if (s.agent(p) != null && s.agent(p).isTarget()) {
                    continue;
                }
            }
        }
        Agent aside = agents.asideSpeaker(s, c, d);
        if (aside != null) {
            return aside;
        }
        return s.quoteSpeaker();
    }

    /** The polarity of the words between a complement's parent predicate and the complement ("dismissed the idea that"). */
    private int governing(SentenceContext s, Clause c) {
        if (c.kind() != Clause.Kind.COMPLEMENT || c.parent() == null) {
            return 1;
        }
        int sign = 1;
        Clause p = c.parent();
        for (int i = p.predFrom(); i < c.from() && i < s.sentence().size(); i++) {
            Token t = s.sentence().token(i);
            if (rejectionForms.matches(t)) {
                sign = -sign;
            }
        }
        return sign;
    }

    /**
     * "expressing disappointment that Apple had dropped its tool", "welcomed that ...": a
     * verdict on what the complement says, whoever did it; its polarity, or 0.
     */
    private int evaluation(SentenceContext s, Clause c) {
        if (c.parent() == null) {
            return 0;
        }
        for (int i = c.from() - 1; i >= Math.max(c.parent().predFrom(), c.from() - 4); i--) {
            Integer pol = evaluative.get(s.sentence().token(i).lower());
            if (pol != null) {
                return pol;
            }
        }
        return 0;
    }

    /** "the committee's recommendation that", "a request from X": the actor who owns the speech noun at g. */
    private Actor speechNounOwner(AnalysedSentence a, int g) {
        if (!speechNouns.contains(a.token(g).lower())) {
            return null;
        }
        for (int k = g - 1; k >= Math.max(0, g - 4); k--) {
            Token t = a.token(k);
            if (t.isPossessive() && k > 0 && a.mentionAt(k - 1) != null) {
                Mention m = AgentResolver.outer(a.mentionAt(k - 1));
                return m.isDemonym() ? null : m.actor();
            }
        }
        return null;
    }

    private static boolean sameActors(Agent x, Agent y) {
        return x.actors().equals(y.actors());
    }

    /** A speaker holds a post at (or is) one of the actors of the clause. */
    private static boolean affiliated(Agent speaker, Agent subject, Discourse d) {
        for (Actor s : speaker.actors()) {
            for (Actor o : d.affiliations(s)) {
                for (Actor t : subject.actors()) {
                    if (o == t || o.label().contains(t.label()) || t.label().contains(o.label())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Agents nested in a window: "a request from Ruritania, Freedonia and Elbonia to
     * delay ...", "the Board's 2022 idea of message scanning": the window after the
     * speech noun is theirs.
     */
    private void nested(SentenceContext s, Clause c, Discourse d, List<Vote> out, int measureNear) {
        AnalysedSentence a = s.sentence();
        for (int i = c.subjFrom(); i < c.windowTo(); i++) {
            if (c.inParenthetical(i)) {
                continue;
            }
            Token t = a.token(i);
            if (!speechNouns.contains(t.lower()) || !a.pos(i).equals("NOUN")) {
                continue;
            }
            List<Actor> owners = new ArrayList<>();
            int start = i + 1;
            if (i + 1 < c.windowTo() && makerPrepositions.matches(a.token(i + 1))) {
                int k = i + 2;
                while (k < c.windowTo()) {
                    Mention m = a.mentionAt(k);
                    if (m != null) {
                        Mention w = AgentResolver.outer(m);
                        if (w.actor() != null && !w.isDemonym()) {
                            owners.add(w.actor());
                        }
                        k = w.to;
                        continue;
                    }
                    if (a.token(k).is(",") || nameListWords.matches(a.token(k))) {
                        k++;
                        continue;
                    }
                    break;
                }
                start = k;
            } else {
                Actor owner = speechNounOwner(a, i);
                if (owner != null) {
                    owners.add(owner);
                }
            }
            if (owners.isEmpty()) {
                continue;
            }
            // "the NSPCC's opposition to end-to-end encryption": the noun is itself the cue;
            // "the Board's idea of message scanning": the noun carries what follows
            boolean nounIsCue = polarity.isCue(a, i);
            int end = i < c.predFrom() ? c.predFrom() : c.windowTo();
            List<Polarity.Reading> r = nounIsCue && start == i + 1
                    ? polarity.read(a, i, end, c, 0, false, measureNear, d.eventPolarity())
                    : polarity.read(a, start, end, c, 0, false, measureNear, d.eventPolarity(), true);
            int v = sum(r);
            if (v != 0) {
                Set<Demand> demands = EnumSet.noneOf(Demand.class);
                r.forEach(x -> demands.addAll(x.demands()));
                out.add(new Vote(owners, null, v, demands, t.text(), "stance-speech-noun"));
            }
        }
    }

    private void echoes(SentenceContext s, Clause c, Agent agent, List<Echo> echoes) {
        if (agent.actors().size() != 1) {
            return;
        }
        AnalysedSentence a = s.sentence();
        for (int i = c.predFrom(); i < Math.min(c.windowTo(), c.predFrom() + 2); i++) {
            PhraseMatcher.Match m = echoVerbs.at(a.tokens(), i);
            if (m != null && m.to() < a.size()) {
                Mention src = a.mentionAt(m.to());
                if (src != null && AgentResolver.outer(src).possessive() && AgentResolver.outer(src).actor() != null
                        && AgentResolver.outer(src).kind() == ActorKind.PERSON) {
                    echoes.add(new Echo(agent.actors().get(0), AgentResolver.outer(src).actor()));
                }
            }
        }
    }

}
