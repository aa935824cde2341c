package org.w3id.e2eekg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateFinder;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.discourse.Agent;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.discourse.TreeReferents;
import org.w3id.e2eekg.extract.document.DocumentMemory;
import org.w3id.e2eekg.extract.document.DocumentReader;
import org.w3id.e2eekg.extract.lexicon.DocumentKinds;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.polarity.Polarity;
import org.w3id.e2eekg.extract.role.RoleReader;
import org.w3id.e2eekg.extract.stance.MeasureEffects;
import org.w3id.e2eekg.extract.stance.Reading;
import org.w3id.e2eekg.extract.stance.StanceComposition;
import org.w3id.e2eekg.extract.stance.StanceSentence;
import org.w3id.e2eekg.extract.statistic.Citations;
import org.w3id.e2eekg.extract.statistic.StatisticReader;
import org.w3id.e2eekg.extract.syntax.Clause;
import org.w3id.e2eekg.extract.syntax.ClauseParser;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
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
import org.w3id.e2eekg.ingest.Article;

/**
 * Reads the relations of an article, sentence by sentence in order, through the relation
 * stages: dates ({@link DateFinder}), clauses ({@link ClauseParser}), who each clause is
 * about ({@link AgentResolver}), roles ({@link RoleReader}), documents ({@link
 * DocumentReader}), stances ({@link StanceComposition}, or the older {@link StanceReader}
 * behind {@code -De2eekg.stance=windows}) and statistics ({@link StatisticReader}). At the
 * end a document's stance passes to everyone who signed or led it, "X echoed Y's warning"
 * gives X the stance of Y, and an actor read both ways keeps the stance most of its
 * sentences give; documents and figures are then made into facts.
 *
 * <p>Immutable and thread-safe: what one article's sentences leave for the next (the
 * {@link Discourse}, the documents' and statistics' memories, the votes so far) lives in a
 * run of its own, confined to the calling thread.
 */
final class RelationExtractor {
    /** What a stance passed on to signatories, leaders and echoers keeps of its confidence. */
    private static final double INHERITED = 0.9;

    /** Everything the relation rules found in an article. */
    record Result(List<RoleFact> roles, List<StanceFact> stances, List<StatisticFact> statistics,
                  List<DocumentFact> documents, List<ActorRelation> relations) {}

    private final DateFinder dates;
    private final ClauseParser clauses;
    private final AgentResolver agents;
    private final StanceReader stances;
    private final DocumentReader documents;
    private final RoleReader roles;
    private final StatisticReader statistics;
    private final StanceComposition composition;
    private final DocumentKinds kinds;
    private final WordSet officeTitleWords;
    /** which stance reader to use: the composition over dependency parses, or the older window reader */
    private final boolean composed = !"windows".equals(System.getProperty("e2eekg.stance"));

    RelationExtractor(Lexicon lex) {
        kinds = DocumentKinds.load();
        Polarity polarity = new Polarity(lex);
        dates = new DateFinder(lex);
        clauses = new ClauseParser(lex);
        agents = new AgentResolver(lex, polarity);
        stances = new StanceReader(lex, polarity, agents);
        documents = new DocumentReader(lex, polarity, kinds);
        roles = new RoleReader(lex);
        statistics = new StatisticReader(lex);
        composition = new StanceComposition(lex);
        officeTitleWords = WordSet.of(lex, "officeTitleWords");
    }

    Result extract(Article article, List<AnalysedSentence> sentences, List<DependencyTree> trees, List<Actor> actors) {
        return new Run(article, sentences, trees, actors).run();
    }

    /** One article's reading: everything here belongs to one call and one thread. */
    private final class Run {
        private final Article article;
        private final List<AnalysedSentence> sentences;
        private final List<DependencyTree> trees;
        private final MeasureEffects measures = composition.measureEffects();
        private final Discourse d;
        private final DocumentMemory documentMemory = new DocumentMemory();
        private final Citations citations = new Citations();
        private final List<RoleFact> roleFacts = new ArrayList<>();
        /** Posts no longer held ("the former chief security officer of X"): their holders do not speak for X. */
        private final Set<RoleFact> pastRoles = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<ActorRelation> relations = new ArrayList<>();
        private final List<StatisticFact.Builder> figures = new ArrayList<>();
        private final List<StanceReader.Vote> votes = new ArrayList<>();
        private final Map<StanceReader.Vote, SentenceContext> voteSentence = new IdentityHashMap<>();
        private final List<StanceReader.Echo> echoes = new ArrayList<>();
        private final Map<DocumentFact.Builder, DocumentFact> facts = new IdentityHashMap<>();

        Run(Article article, List<AnalysedSentence> sentences, List<DependencyTree> trees, List<Actor> actors) {
            this.article = article;
            this.sentences = sentences;
            this.trees = trees;
            this.d = new Discourse(actors, kinds);
        }

        Result run() {
            // what the article says its measures do, from every sentence, before any attitude to them is read
            for (int i = 0; i < sentences.size(); i++) {
                composition.observeMeasures(sentences.get(i), trees.get(i), measures);
            }
            measures.resolveDescriptions();
            if (System.getProperty("e2eekg.debugStance") != null) {
                measures.all().forEach(m -> System.err.println("measure " + m));
            }
            for (int i = 0; i < sentences.size(); i++) {
                sentence(sentences.get(i), trees.get(i));
            }
            List<StanceFact> stanceFacts = finalStances();
            List<StatisticFact> statisticFacts = statistics.finish(figures, citations).stream().map(f -> f.build(this::fact))
                    .toList();
            return new Result(roleFacts, stanceFacts, statisticFacts, documentsWithParticipants(), relations);
        }

        private void sentence(AnalysedSentence a, DependencyTree tree) {
            d.startSentence(a.index());
            List<DateMention> found = dates.find(a, article.date(), d.lastDate(), d.writtenDateIn(a.sentence().paragraph()));
            Clause root = clauses.parse(a, found);
            Map<Clause, Agent> subjects = agents.resolve(a, root, d);
            SentenceContext s = new SentenceContext(article.text(), a, found, root, subjects, agents.quoteSpeaker(a, d));
            readRoles(s);
            DocumentReader.Result read = documents.read(s, d, documentMemory);
            s = read.sentence();
            documents.readParse(read, tree, d);
            for (StanceReader.Vote v : composed ? composedVotes(s, tree) : stances.read(s, d, echoes)) {
                votes.add(v);
                voteSentence.put(v, s);
                d.vote(v.value());
            }
            figures.addAll(statistics.read(s, d, citations, read.newsReport()));
            agents.remember(s, d);
        }

        /** The stances of a sentence by composition over its parse, as votes. */
        private List<StanceReader.Vote> composedVotes(SentenceContext s, DependencyTree tree) {
            String debug = System.getProperty("e2eekg.debugStance");
            if (debug != null) {
                System.err.println("[" + s.sentence().index() + "] " + s.text(0, s.sentence().size()));
                if (debug.equals("parse")) {
                    System.err.print(tree);
                }
            }
            TreeReferents referents = agents.referents(s, tree, d);
            List<Actor> speakers = s.quoteSpeaker() != null ? s.quoteSpeaker().actors() : List.of();
            List<StanceReader.Vote> out = new ArrayList<>();
            for (Reading r : composition.read(new StanceSentence(s.sentence(), tree, referents, speakers, measures))) {
                if (debug != null) {
                    System.err.println("   => " + r.actors() + (r.document() != null ? " +doc" : "") + " " + r.value() + " "
                            + String.format("%.2f", r.confidence()) + " [" + r.target() + " e" + r.effect() + " a" + r.attitude()
                            + "] " + r.cue() + " (" + r.rule() + ")");
                }
                Set<Demand> demands = r.demand() == null ? EnumSet.noneOf(Demand.class) : EnumSet.of(r.demand());
                DocumentFact.Builder doc = r.document() != null ? referents.document(r.document()) : documentOf(s, r.actors());
                out.add(new StanceReader.Vote(r.actors(), doc, r.value(), demands, r.cue(), r.rule(), r.confidence(),
                        new StanceFact.Basis(r.target(), r.effect(), r.attitude(), r.measure(), r.named())));
            }
            return out;
        }

        /**
         * The document a clause of the sentence made or refers to, whose makers include the actors.
         * A document that others signed is not the actors' ("X, an opponent of the EU's draft
         * regulation, said ...": the regulation is the EU's, what X said is X's).
         */
        private DocumentFact.Builder documentOf(SentenceContext s, List<Actor> who) {
            for (Clause c : s.clauses()) {
                Agent agent = s.agent(c);
                if (agent != null && agent.document() != null && agent.actors().containsAll(who)
                        && signedByAnyOrNobody(agent.document(), who)) {
                    return agent.document();
                }
            }
            return null;
        }

        private static boolean signedByAnyOrNobody(DocumentFact.Builder document, List<Actor> who) {
            return document.signatories().isEmpty() || who.stream().anyMatch(document.signatories()::contains);
        }

        private void readRoles(SentenceContext s) {
            for (RoleReader.Found f : roles.read(s, d)) {
                RoleFact r = f.fact();
                roleFacts.add(r);
                if (f.past()) {
                    pastRoles.add(r);
                }
                d.titled(r.person(), r.role());
                if (r.organisation() != null) {
                    d.affiliate(r.person(), r.organisation());
                }
                if (r.organisation() != null && r.organisation().isCountry() || officeTitleWords.occursIn(r.title())) {
                    d.holdsOffice(r.person(), r.role());
                }
                if (f.nationality() != null) {
                    relations.add(new ActorRelation(r.person(), ActorRelation.Relation.NATIONALITY, f.nationality(), r.prov()));
                }
            }
        }

        // ---- stances

        private List<StanceFact> finalStances() {
            List<Claim> claims = new ArrayList<>();
            for (StanceReader.Vote v : votes) {
                SentenceContext s = voteSentence.get(v);
                for (Actor a : v.actors()) {
                    claims.add(new Claim(a, v, v.document(), s, v.rule(), v.confidence()));
                }
                // a document's stance is its signatories'; a survey's is its respondents', who are not named
                DocumentFact.Builder doc = v.document();
                if (doc != null && !doc.isPoll()) {
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
                    } else if (org == c.actor() && speaksFor(org, r) && namedIn(r.person(), c.sentence())) {
                        // "its president, Jane Roe, said the app would leave rather than ...": she said it for the firm
                        claims.add(new Claim(r.person(), c.vote(), c.document(), c.sentence(), "stance-of-spokesperson",
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
        /** Whether the sentence names the actor itself (not only a pronoun or description standing for it). */
        private static boolean namedIn(Actor who, SentenceContext s) {
            return s.sentence().actorMentions().stream().anyMatch(m -> m.actor() == who);
        }

        private boolean speaksFor(Actor org, RoleFact r) {
            if (pastRoles.contains(r)) {
                return false;
            }
            if (org.kind() == ActorKind.PLACE) {
                return org.isCountry() && d.holdsOffice(r.person());
            }
            if ("GovernmentBody".equals(org.type()) && d.holdsOffice(r.person())) {
                return false; // a minister's department is not thereby on record
            }
            return !org.isLegislature() && !"MediaOutlet".equals(org.type());
        }

        /**
         * One actor's share of one vote. Its confidence is the vote's, times what the actor's
         * other readings in the article leave to this side: an actor read both ways with equal
         * weight falls below {@link StanceFact#ASSERTED} on both sides, so the graph abstains.
         */
        private record Claim(Actor actor, StanceReader.Vote vote, DocumentFact.Builder document, SentenceContext sentence,
                             String rule, double confidence) {}

        private StanceFact fact(Actor a, StanceReader.Vote v, DocumentFact.Builder doc, SentenceContext s, String rule,
                                double confidence) {
            Set<Demand> demands = v.demands().isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(v.demands());
            DateValue date = doc != null && doc.date() != null ? doc.date() : sentenceDate(s);
            return new StanceFact(a, Stance.of(v.value()), demands, doc == null ? null : fact(doc), date,
                    new Provenance(s.span(), rule, v.cue()), Math.round(confidence * 100) / 100.0, v.basis());
        }

        private DateValue sentenceDate(SentenceContext s) {
            for (DateMention dm : s.dates()) {
                if (!dm.yearOnly() && dm.from() <= 3) {
                    return dm.value();
                }
            }
            return article.date() != null ? DateValue.of(article.date()) : null;
        }

        // ---- documents

        /** The fact a document builder makes, made once, when the article has been read. */
        private DocumentFact fact(DocumentFact.Builder doc) {
            return facts.computeIfAbsent(doc, DocumentFact.Builder::build);
        }

        private List<DocumentFact> documentsWithParticipants() {
            List<DocumentFact> out = new ArrayList<>();
            for (DocumentFact.Builder doc : d.documents()) {
                if (!doc.participations().isEmpty() || doc.date() != null || doc.about() != null) {
                    out.add(fact(doc));
                }
            }
            return out;
        }
    }
}
