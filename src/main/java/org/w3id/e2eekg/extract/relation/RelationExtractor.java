package org.w3id.e2eekg.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.ActorRelation;
import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.Provenance;
import org.w3id.e2eekg.fact.RoleFact;
import org.w3id.e2eekg.fact.Stance;
import org.w3id.e2eekg.fact.StanceFact;
import org.w3id.e2eekg.fact.StatisticFact;
import org.w3id.e2eekg.extract.stance.MeasureEffects;
import org.w3id.e2eekg.extract.stance.Reading;
import org.w3id.e2eekg.extract.stance.StanceComposition;
import org.w3id.e2eekg.extract.stance.StanceSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.ingest.Article;

/**
 * Reads the relations of an article, sentence by sentence in order, keeping a {@link
 * Discourse} of what came before: dates and figures, clauses and their subjects, then roles,
 * documents, stances and statistics. At the end a document's stance passes to everyone who
 * signed or led it, "X echoed Y's warning" gives X the stance of Y, and an actor read both
 * ways keeps the stance most of its sentences give.
 */
public final class RelationExtractor {
    /** Everything the relation rules found in an article. */
    /** What a stance passed on to signatories, leaders and echoers keeps of its confidence. */
    private static final double INHERITED = 0.9;

    public record Result(List<RoleFact> roles, List<StanceFact> stances, List<StatisticFact> statistics,
                         List<DocumentFact> documents, List<ActorRelation> relations) {}

    private final DateFinder dates;
    private final NumberFinder numbers;
    private final ClauseParser clauses;
    private final Polarity polarity;
    private final AgentResolver agents;
    private final StanceReader stances;
    private final DocumentReader documents;
    private final RoleReader roles;
    private final StatisticReader statistics;
    private final PhraseMatcher citationCues;
    private final StanceComposition composition;
    private final Set<String> spokesNouns;
    private final Genders genders;
    private final Set<String> referringNouns;
    /** which stance reader to use: the composition over dependency parses, or the older window reader */
    private final boolean composed = !"windows".equals(System.getProperty("e2eekg.stance"));

    public RelationExtractor(Lexicon lex) {
        dates = new DateFinder(lex);
        numbers = new NumberFinder(lex);
        clauses = new ClauseParser(lex);
        polarity = new Polarity(lex);
        agents = new AgentResolver(lex, polarity);
        stances = new StanceReader(lex, polarity, agents);
        documents = new DocumentReader(lex, polarity);
        roles = new RoleReader(lex);
        statistics = new StatisticReader(lex);
        citationCues = lex.phrases("citationCues");
        composition = new StanceComposition(lex);
        spokesNouns = lex.lower("spokesNouns");
        genders = new Genders(lex);
        Set<String> referring = new java.util.HashSet<>(lex.lower("groupNouns"));
        for (String list : List.of("anaphorsCompany", "anaphorsNonProfit", "anaphorsGovernment", "anaphorsCommittee",
                "anaphorsCountry", "spokesNouns")) {
            referring.addAll(lex.lower(list));
        }
        referringNouns = Set.copyOf(referring);
    }

    public Result extract(Article article, List<AnalysedSentence> sentences, List<DependencyTree> trees, List<Actor> actors) {
        return new Run(article, sentences, trees, actors).run();
    }

    private final class Run {
        private final Article article;
        private final List<AnalysedSentence> sentences;
        private final List<DependencyTree> trees;
        private final MeasureEffects measures = composition.measureEffects();
        private final List<Actor> actors;
        private final Discourse d;
        private final List<RoleFact> roleFacts = new ArrayList<>();
        private final List<ActorRelation> relations = new ArrayList<>();
        private final List<StatisticFact> stats = new ArrayList<>();
        private final List<StanceReader.Vote> votes = new ArrayList<>();
        private final Map<StanceReader.Vote, SentenceContext> voteSentence = new IdentityHashMap<>();
        private final List<StanceReader.Echo> echoes = new ArrayList<>();
        private final Map<Actor, List<Actor>> affiliations = new HashMap<>();
        private final Map<Actor, String> officeHolders = new HashMap<>();
        private final StatisticReader.Citations citations = new StatisticReader.Citations();
        private final Map<DocumentFact, DocumentFact> citesSameAs = new LinkedHashMap<>();
        private final SentenceMemory memory = new SentenceMemory();

        Run(Article article, List<AnalysedSentence> sentences, List<DependencyTree> trees, List<Actor> actors) {
            this.article = article;
            this.sentences = sentences;
            this.trees = trees;
            this.actors = actors;
            this.d = new Discourse(article.date());
            d.actors = actors;
            d.focusCountry = focusCountry();
        }

        Result run() {
            // what the article says its measures do, from every sentence, before any attitude to them is read
            for (int i = 0; i < sentences.size(); i++) {
                composition.observeMeasures(sentences.get(i), trees.get(i), measures);
            }
            if (System.getProperty("e2eekg.debugStance") != null) {
                measures.all().forEach(m -> System.err.println("measure " + m));
            }
            for (int i = 0; i < sentences.size(); i++) {
                sentence(sentences.get(i), trees.get(i));
            }
            return new Result(roleFacts, finalStances(), finalStatistics(), documentsWithParticipants(), relations);
        }

        private Actor focusCountry() {
            Actor best = null;
            for (Actor a : actors) {
                if (a.isCountry() && a.named() && (best == null || a.mentions().size() > best.mentions().size())) {
                    best = a;
                }
            }
            return best;
        }

        private void sentence(AnalysedSentence a, DependencyTree tree) {
            d.sentence = a.index();
            SentenceContext s = new SentenceContext(article.text(), a, dates.find(a, article.date(), d.lastDate));
            s.numbers = numbers.find(article.text(), a, s.inDate);
            s.root = clauses.parse(a, s.dates);
            agents.resolve(s, d);
            s.quoteSpeaker = agents.quoteSpeaker(s, d);
            readRoles(s);
            documents.read(s, d, memory);
            citationContext(s);
            for (StanceReader.Vote v : composed ? composedVotes(s, tree) : stances.read(s, d, affiliations, echoes)) {
                votes.add(v);
                voteSentence.put(v, s);
                d.lastVote = v.value();
            }
            stats.addAll(statistics.read(s, d, citations));
            remember(s);
            memory.next();
        }

        /** The stances of a sentence by composition over its parse, as votes. */
        private List<StanceReader.Vote> composedVotes(SentenceContext s, DependencyTree tree) {
            String debug = System.getProperty("e2eekg.debugStance");
            if (debug != null) {
                System.err.println("[" + s.a.index() + "] " + s.text(0, s.a.size()));
                if (debug.equals("parse")) {
                    System.err.print(tree);
                }
            }
            TreeReferents referents = new TreeReferents(s, tree, d, agents, affiliations, spokesNouns, referringNouns, genders);
            List<Actor> speakers = s.quoteSpeaker != null ? s.quoteSpeaker.actors() : List.of();
            List<StanceReader.Vote> out = new ArrayList<>();
            for (Reading r : composition.read(new StanceSentence(s.a, tree, referents, speakers, measures))) {
                if (System.getProperty("e2eekg.debugStance") != null) {
                    System.err.println("   => " + r.actors() + (r.document() != null ? " +doc" : "") + " " + r.value() + " "
                            + String.format("%.2f", r.confidence()) + " [" + r.target() + " e" + r.effect() + " a" + r.attitude()
                            + "] " + r.cue() + " (" + r.rule() + ")");
                }
                Set<Demand> demands = r.demand() == null ? EnumSet.noneOf(Demand.class) : EnumSet.of(r.demand());
                DocumentFact doc = r.document() != null ? r.document() : documentOf(s, r.actors());
                out.add(new StanceReader.Vote(r.actors(), doc, r.value(), demands, r.cue(), r.rule(), r.confidence(),
                        new StanceFact.Basis(r.target(), r.effect(), r.attitude(), r.measure(), r.named())));
            }
            return out;
        }

        /** The document a clause of the sentence made or refers to, whose makers include the actors. */
        private DocumentFact documentOf(SentenceContext s, List<Actor> who) {
            for (Clause c : s.clauses()) {
                if (c.agent != null && c.agent.document() != null && c.agent.actors().containsAll(who)) {
                    return c.agent.document();
                }
            }
            return null;
        }

        private void readRoles(SentenceContext s) {
            for (RoleReader.Found f : roles.read(s, d, actors)) {
                RoleFact r = f.fact();
                roleFacts.add(r);
                if (r.organisation() != null) {
                    affiliations.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r.organisation());
                }
                if (r.organisation() != null && r.organisation().isCountry() || r.title().matches(".*(Secretary|Minister|Attorney).*")) {
                    officeHolders.put(r.person(), r.role());
                }
                if (f.nationality() != null) {
                    relations.add(new ActorRelation(r.person(), ActorRelation.Relation.NATIONALITY, f.nationality(), r.prov()));
                }
            }
        }

        /** "As per the petition", "They had cited the same figures as this letter", "They based their case on figures". */
        private void citationContext(SentenceContext s) {
            AnalysedSentence a = s.a;
            String lower = a.sentence().tokens().stream().map(t -> t.lower()).reduce("", (x, y) -> x + " " + y);
            for (int i = 0; i + 2 < a.size(); i++) {
                PhraseMatcher.Match m = citationCues.at(a.tokens(), i);
                if (m == null) {
                    continue;
                }
                int k = m.to();
                if (a.token(k).isLower("the") && k + 1 < a.size() && (a.token(k + 1).isLower("letter")
                        || a.token(k + 1).isLower("petition") || a.token(k + 1).isLower("proposal")) && d.currentDocument != null) {
                    citations.open(d.currentDocument, a.sentence().paragraph());
                }
            }
            Agent subject = s.root.agent;
            DocumentFact subjectDoc = subject != null ? subject.document() : null;
            if (subjectDoc == null && subject != null && subject.hasActors()) {
                for (DocumentFact doc : d.documents) {
                    if (doc.signatories().containsAll(subject.actors())) {
                        subjectDoc = doc;
                    }
                }
            }
            if (subjectDoc != null && lower.contains(" cited the same ") && lower.contains(" as this ")
                    && d.topicDocument != null && d.topicDocument != subjectDoc) {
                citesSameAs.put(subjectDoc, d.topicDocument);
            }
            if (subjectDoc != null && (lower.contains(" their case on figures") || lower.contains(" cited figures"))) {
                citations.open(subjectDoc, a.sentence().paragraph());
            }
        }

        private void remember(SentenceContext s) {
            AnalysedSentence a = s.a;
            for (Clause c : s.clauses()) {
                if (c.kind == Clause.Kind.MAIN && c.agent != null && c.agent.document() != null && !c.agent.hasActors()
                        && c.hasSubject()) {
                    d.lastSubjectDocument = c.agent.document();
                    d.lastSubjectDocumentSentence = a.index();
                }
                if ((c.kind == Clause.Kind.MAIN || c.kind == Clause.Kind.COORDINATE) && c.agent != null && !c.inheritsSubject) {
                    if (c.agent.hasActors() || c.agent.document() != null) {
                        d.subject(c.agent.actors(), c.agent.document());
                    }
                    if (c.agent.document() != null) {
                        List<Actor> officials = DocumentReader.officials(c.agent.document(), officeHolders);
                        if (officials.size() > 1) {
                            d.lastOfficials = officials;
                        }
                    }
                }
            }
            List<Actor> pair = new ArrayList<>();
            for (int i = 1; i + 1 < a.size(); i++) {
                if (!a.token(i).isLower("and")) {
                    continue;
                }
                Actor x = nearMention(a, i - 1, -1);
                Actor y = nearMention(a, i + 1, 1);
                if (x != null && y != null && x != y) {
                    pair = List.of(x, y);
                }
            }
            d.pair(pair);
            for (Mention m : a.actorMentions()) {
                d.mentioned(m.actor());
            }
            for (DateMention dm : s.dates) {
                if (!dm.yearOnly() && dm.value().hasMonth()) {
                    d.lastDate = dm.value();
                }
            }
            d.previousTarget = d.lastTarget;
            d.lastTarget = 0;
            for (int i = 0; i < a.size(); i++) {
                PhraseMatcher.Match m = polarity.targetAt(a, i);
                if (m != null && !m.list().endsWith("opicTerms")) {
                    d.lastTarget = polarity.polarityOf(m.list());
                    i = m.to() - 1;
                }
            }
            for (int i = a.size() - 1; i >= 0; i--) {
                PhraseMatcher.Match m = polarity.targetAt(a, i);
                if (m != null && polarity.isMeasure(m) && Polarity.definite(a, m.from())) {
                    d.measure(polarity.polarityOf(m.list()), a.token(m.to() - 1).text().endsWith("s"), a.index());
                    break;
                }
            }
        }

        /** The actor named at i or, skipping "the" and bracketed acronyms, just beyond it in direction dir. */
        private Actor nearMention(AnalysedSentence a, int i, int dir) {
            for (int k = i, steps = 0; k >= 0 && k < a.size() && steps < 4; k += dir, steps++) {
                Mention m = a.mentionAt(k);
                if (m != null) {
                    Mention w = AgentResolver.outer(m);
                    if (w.isDemonym() || w.actor() == null) {
                        return null;
                    }
                    if (dir < 0 && k >= 2 && a.token(k - 1).is("(")) {
                        continue;
                    }
                    return w.actor();
                }
                if (!(a.token(k).is("the") || a.token(k).is("(") || a.token(k).is(")"))) {
                    return null;
                }
            }
            return null;
        }

        // ---- stances

        private List<StanceFact> finalStances() {
            List<Claim> claims = new ArrayList<>();
            for (StanceReader.Vote v : votes) {
                SentenceContext s = voteSentence.get(v);
                for (Actor a : v.actors()) {
                    claims.add(new Claim(a, v, v.document(), s, v.rule(), v.confidence()));
                }
                // a document's stance is its signatories'
                DocumentFact doc = v.document();
                if (doc != null) {
                    for (Actor a : doc.signatories()) {
                        if (!v.actors().contains(a)) {
                            claims.add(new Claim(a, v, doc, s, "stance-of-document", v.confidence() * INHERITED));
                        }
                    }
                }
            }
            // "its executive director, Apar Gupta, said ...": a leader speaks for the organisation
            for (Claim c : new ArrayList<>(claims)) {
                for (RoleFact r : roleFacts) {
                    Actor org = r.organisation();
                    if (r.person() == c.actor() && org != null && speaksFor(org, r)) {
                        claims.add(new Claim(org, c.vote(), c.document(), c.sentence(), "stance-of-leader",
                                c.confidence() * INHERITED));
                    }
                }
            }
            Map<Actor, double[]> weight = new LinkedHashMap<>();
            for (Claim c : claims) {
                weight.computeIfAbsent(c.actor(), k -> new double[2])[c.vote().value() < 0 ? 0 : 1] += c.confidence();
            }
            List<StanceFact> out = new ArrayList<>();
            for (Claim c : claims) {
                double[] w = weight.get(c.actor());
                double share = (c.vote().value() < 0 ? w[0] : w[1]) / (w[0] + w[1]);
                out.add(fact(c.actor(), c.vote(), c.document(), c.sentence(), c.rule(), c.confidence() * share));
            }
            // "Roe echoed Doe's warning"
            for (StanceReader.Echo e : echoes) {
                for (StanceFact f : new ArrayList<>(out)) {
                    if (f.actor() == e.source() && f.asserted()) {
                        out.add(new StanceFact(e.echoer(), f.stance(), f.demands(), f.document(), f.date(),
                                new Provenance(f.prov().evidence(), "stance-echo", f.prov().cue()), f.confidence() * INHERITED,
                                f.basis()));
                        break;
                    }
                }
            }
            return out;
        }

        /**
         * Whether a person's position is their organisation's: a company, charity, agency or
         * committee speaks through its heads, a country through its ministers; a legislature or a
         * place does not speak through one member.
         */
        private boolean speaksFor(Actor org, RoleFact r) {
            if (org.kind() == ActorKind.PLACE) {
                return org.isCountry() && officeHolders.containsKey(r.person());
            }
            if ("GovernmentBody".equals(org.type()) && officeHolders.containsKey(r.person())) {
                return false; // a minister's department is not thereby on record
            }
            return !"Legislature".equals(org.type()) && !"MediaOutlet".equals(org.type());
        }

        /**
         * One actor's share of one vote. Its confidence is the vote's, times what the actor's
         * other readings in the article leave to this side: an actor read both ways with equal
         * weight falls below {@link StanceFact#ASSERTED} on both sides, so the graph abstains.
         */
        private record Claim(Actor actor, StanceReader.Vote vote, DocumentFact document, SentenceContext sentence, String rule,
                             double confidence) {}

        private StanceFact fact(Actor a, StanceReader.Vote v, DocumentFact doc, SentenceContext s, String rule, double confidence) {
            Set<Demand> demands = v.demands().isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(v.demands());
            DateValue date = doc != null && doc.date() != null ? doc.date() : sentenceDate(s);
            return new StanceFact(a, Stance.of(v.value()), demands, doc, date, new Provenance(s.span, rule, v.cue()),
                    Math.round(confidence * 100) / 100.0, v.basis());
        }

        private DateValue sentenceDate(SentenceContext s) {
            for (DateMention dm : s.dates) {
                if (!dm.yearOnly() && dm.from() <= 3) {
                    return dm.value();
                }
            }
            return article.date() != null ? DateValue.of(article.date()) : null;
        }

        // ---- statistics and documents

        private List<StatisticFact> finalStatistics() {
            for (Map.Entry<DocumentFact, DocumentFact> e : citesSameAs.entrySet()) {
                for (StatisticFact f : stats) {
                    if (f.citedBy().contains(e.getValue())) {
                        f.citedBy().add(e.getKey());
                    }
                }
            }
            List<StatisticFact> out = new ArrayList<>();
            for (StatisticFact f : stats) {
                StatisticFact same = null;
                for (StatisticFact o : out) {
                    if (o.value().compareTo(f.value()) == 0 && o.unit().equals(f.unit()) && o.source() == f.source()
                            && java.util.Objects.equals(o.year(), f.year())) {
                        same = o;
                    }
                }
                if (same == null) {
                    out.add(f);
                } else {
                    same.evidence().addAll(f.evidence());
                    same.citedBy().addAll(f.citedBy());
                }
            }
            return out;
        }

        private List<DocumentFact> documentsWithParticipants() {
            List<DocumentFact> out = new ArrayList<>();
            for (DocumentFact doc : d.documents) {
                if (!doc.participations().isEmpty() || doc.date() != null || doc.about() != null) {
                    out.add(doc);
                }
            }
            return out;
        }
    }
}
