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
    }

    public Result extract(Article article, List<AnalysedSentence> sentences, List<Actor> actors) {
        return new Run(article, sentences, actors).run();
    }

    private final class Run {
        private final Article article;
        private final List<AnalysedSentence> sentences;
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

        Run(Article article, List<AnalysedSentence> sentences, List<Actor> actors) {
            this.article = article;
            this.sentences = sentences;
            this.actors = actors;
            this.d = new Discourse(article.date());
            d.actors = actors;
            d.focusCountry = focusCountry();
        }

        Result run() {
            for (AnalysedSentence a : sentences) {
                sentence(a);
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

        private void sentence(AnalysedSentence a) {
            d.sentence = a.index();
            SentenceContext s = new SentenceContext(article.text(), a, dates.find(a, article.date(), d.lastDate));
            s.numbers = numbers.find(article.text(), a, s.inDate);
            s.root = clauses.parse(a, s.dates);
            agents.resolve(s, d);
            s.quoteSpeaker = agents.quoteSpeaker(s, d);
            readRoles(s);
            documents.read(s, d, memory);
            citationContext(s);
            for (StanceReader.Vote v : stances.read(s, d, affiliations, echoes)) {
                votes.add(v);
                voteSentence.put(v, s);
                d.lastVote = v.value();
            }
            stats.addAll(statistics.read(s, d, citations));
            remember(s);
            memory.next();
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
                if (m != null && !m.list().equals("topicTerms")) {
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
                    claims.add(new Claim(a, v, v.document(), s, v.rule()));
                }
                // a document's stance is its signatories'
                DocumentFact doc = v.document();
                if (doc != null) {
                    for (Actor a : doc.signatories()) {
                        if (!v.actors().contains(a)) {
                            claims.add(new Claim(a, v, doc, s, "stance-of-document"));
                        }
                    }
                }
            }
            // "its executive director, Apar Gupta, said ...": a leader speaks for the organisation
            for (Claim c : new ArrayList<>(claims)) {
                for (RoleFact r : roleFacts) {
                    Actor org = r.organisation();
                    if (r.person() == c.actor() && org != null && speaksFor(org, r)) {
                        claims.add(new Claim(org, c.vote(), c.document(), c.sentence(), "stance-of-leader"));
                    }
                }
            }
            Map<Actor, int[]> tally = new LinkedHashMap<>();
            for (Claim c : claims) {
                tally.computeIfAbsent(c.actor(), k -> new int[2])[c.vote().value() < 0 ? 0 : 1]++;
            }
            List<StanceFact> out = new ArrayList<>();
            for (Claim c : claims) {
                if (keeps(tally.get(c.actor()), c.vote().value())) {
                    out.add(fact(c.actor(), c.vote(), c.document(), c.sentence(), c.rule()));
                }
            }
            // "Roe echoed Doe's warning"
            for (StanceReader.Echo e : echoes) {
                for (StanceFact f : new ArrayList<>(out)) {
                    if (f.actor() == e.source()) {
                        out.add(new StanceFact(e.echoer(), f.stance(), f.demands(), f.document(), f.date(),
                                new Provenance(f.prov().evidence(), "stance-echo", f.prov().cue())));
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

        private record Claim(Actor actor, StanceReader.Vote vote, DocumentFact document, SentenceContext sentence, String rule) {}

        private boolean keeps(int[] t, int value) {
            if (t == null) {
                return true;
            }
            return value < 0 ? t[0] >= t[1] : t[1] >= t[0];
        }

        private StanceFact fact(Actor a, StanceReader.Vote v, DocumentFact doc, SentenceContext s, String rule) {
            Set<Demand> demands = v.demands().isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(v.demands());
            DateValue date = doc != null && doc.date() != null ? doc.date() : sentenceDate(s);
            return new StanceFact(a, Stance.of(v.value()), demands, doc, date, new Provenance(s.span, rule, v.cue()));
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
