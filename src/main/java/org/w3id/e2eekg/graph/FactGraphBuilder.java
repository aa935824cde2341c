package org.w3id.e2eekg.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.e2eekg.fact.Slugs;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.ActorRelation;
import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.Provenance;
import org.w3id.e2eekg.fact.RoleFact;
import org.w3id.e2eekg.fact.Span;
import org.w3id.e2eekg.fact.StanceFact;
import org.w3id.e2eekg.fact.StatisticFact;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleMetadata;
import org.w3id.e2eekg.vocab.CITO;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.vocab.PROV;

/**
 * Writes one article's facts as the RDF of its named graph.
 *
 * <p>Each fact becomes a direct triple ({@code :nspcc e2k:opposes e2k:EndToEndEncryption})
 * and an {@code e2k:Statement} that names the same triple, carries its qualifiers and links
 * to its evidence: the sentence, as a Web Annotation {@code oa:SpecificResource} with a
 * position selector (Unicode code point offsets into the article's stored
 * {@code schema:text}) and a quote
 * selector. A fact found in several sentences (the scraped article repeats paragraphs) is
 * one statement with several pieces of evidence. Actors, documents and statistics carry
 * their evidence directly.
 *
 * <p>The trade-off: every fact is stored twice, which roughly triples the triple count, in
 * exchange for queries that stay one triple pattern long and answers that can always be
 * traced to a sentence.
 */
public final class FactGraphBuilder {
    /** Version recorded on the loader agent. */
    public static final String LOADER_VERSION = "0.1.0";

    private final Iris iris;

    public FactGraphBuilder(Iris iris) {
        this.iris = iris;
    }

    /** Builds the article's named graph. */
    public Model build(ArticleFacts facts) {
        return new Run(facts).build();
    }

    /** State of one build: the model, and the IRIs given to documents and statistics. */
    private final class Run {
        private final ArticleFacts facts;
        private final Article article;
        private final String aid;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource articleRes;
        private final Resource extraction;
        /** by identity: two documents are two nodes, however alike their facts */
        private final Map<DocumentFact, Resource> docs = new IdentityHashMap<>();
        private final Map<String, Resource> statements = new LinkedHashMap<>();

        Run(ArticleFacts facts) {
            this.facts = facts;
            this.article = facts.article();
            this.aid = article.id();
            this.articleRes = m.createResource(iris.article(aid));
            this.extraction = m.createResource(iris.extraction(aid));
        }

        Model build() {
            Prefixes.apply(m, iris);
            article();
            for (Actor a : facts.actors()) {
                if (a.named()) {
                    actor(a);
                }
            }
            assignDocumentIris();
            facts.documents().forEach(this::document);
            facts.roles().forEach(this::role);
            facts.stances().forEach(this::stance);
            statistics();
            facts.relations().forEach(this::relation);
            return m;
        }

        // ---- article and provenance

        private void article() {
            articleRes.addProperty(RDF.type, E2K.Article);
            articleRes.addProperty(RDF.type, SchemaDO.NewsArticle);
            articleRes.addProperty(DCTerms.identifier, aid);
            articleRes.addProperty(E2K.sourceFile, article.sourceName());
            articleRes.addProperty(E2K.sha256, article.sha256());
            ArticleMetadata meta = article.metadata();
            articleRes.addProperty(RDFS.label, meta.headlineIfKnown().orElse("Article " + article.sourceName()));
            meta.headlineIfKnown().ifPresent(h -> articleRes.addProperty(SchemaDO.headline, h));
            meta.authors().forEach(a -> articleRes.addProperty(SchemaDO.author, a));
            meta.urlIfKnown().ifPresent(u -> articleRes.addProperty(SchemaDO.url, m.createResource(u)));
            article.publicationDate().ifPresent(d -> {
                articleRes.addLiteral(DCTerms.date, date(DateValue.of(d)));
                articleRes.addLiteral(SchemaDO.datePublished, date(DateValue.of(d)));
            });
            articleRes.addProperty(SchemaDO.text, article.body());
            Resource loader = m.createResource(iris.loader());
            loader.addProperty(RDF.type, PROV.SoftwareAgent);
            loader.addProperty(RDFS.label, "e2ee-kg loader");
            loader.addProperty(SchemaDO.softwareVersion, LOADER_VERSION);
            extraction.addProperty(RDF.type, E2K.Extraction);
            extraction.addProperty(RDFS.label, "Extraction of facts from " + article.sourceName());
            extraction.addProperty(PROV.used, articleRes);
            extraction.addProperty(PROV.wasAssociatedWith, loader);
        }

        private Resource evidence(Span span) {
            String text = article.text();
            int start = article.bodyCodePoint(span.start());
            int end = article.bodyCodePoint(span.end());
            String iri = iris.evidence(aid, start, end);
            Resource ev = m.createResource(iri);
            if (!ev.hasProperty(RDF.type)) {
                String exact = text.substring(span.start(), span.end());
                ev.addProperty(RDF.type, E2K.Evidence);
                ev.addProperty(RDF.type, OA.SpecificResource);
                ev.addProperty(OA.hasSource, articleRes);
                ev.addProperty(RDFS.label, exact.length() > 80 ? exact.substring(0, 77) + "..." : exact);
                Resource pos = m.createResource(iri + "/position");
                pos.addProperty(RDF.type, OA.TextPositionSelector);
                pos.addLiteral(OA.start, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDnonNegativeInteger));
                pos.addLiteral(OA.end, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger));
                Resource quote = m.createResource(iri + "/quote");
                quote.addProperty(RDF.type, OA.TextQuoteSelector);
                quote.addProperty(OA.exact, exact);
                quote.addProperty(OA.prefix, text.substring(codePointStart(text, Math.max(article.bodyStart(), span.start() - 32)),
                        span.start()));
                quote.addProperty(OA.suffix, text.substring(span.end(),
                        codePointStart(text, Math.min(text.length(), span.end() + 32))));
                ev.addProperty(OA.hasSelector, pos);
                ev.addProperty(OA.hasSelector, quote);
            }
            return ev;
        }

        /** {@code i}, moved back off the second half of a surrogate pair so no character is cut. */
        private static int codePointStart(String text, int i) {
            return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
        }

        /**
         * Adds a fact: the direct triple and its statement. Statements are identified by the
         * triple, so the same fact found twice gains a second piece of evidence.
         */
        private Resource fact(Resource s, Property p, RDFNode o, Provenance prov) {
            s.addProperty(p, o);
            return statement(s, p, o, prov);
        }

        /**
         * The statement of a triple, made on first use and identified by the triple and the
         * qualifiers that tell one occasion of it from another (a stance taken in 2019 and again
         * in 2020 are two statements), with the evidence added. The triple itself is not asserted here.
         */
        private Resource statement(Resource s, Property p, RDFNode o, Provenance prov, String... qualifiers) {
            String[] parts = new String[3 + qualifiers.length];
            parts[0] = s.getURI();
            parts[1] = p.getURI();
            parts[2] = nodeKey(o);
            System.arraycopy(qualifiers, 0, parts, 3, qualifiers.length);
            String key = String.join("|", parts);
            Resource st = statements.computeIfAbsent(key, k -> {
                Resource r = m.createResource(iris.statement(aid, parts));
                r.addProperty(RDF.type, E2K.Statement);
                r.addProperty(RDF.subject, s);
                r.addProperty(RDF.predicate, p);
                r.addProperty(RDF.object, o);
                r.addProperty(PROV.wasGeneratedBy, extraction);
                return r;
            });
            st.addProperty(PROV.wasDerivedFrom, evidence(prov.evidence()));
            st.addProperty(E2K.rule, prov.rule());
            if (!prov.cue().isEmpty()) {
                st.addProperty(E2K.cue, prov.cue());
            }
            return st;
        }

        private String nodeKey(RDFNode o) {
            return o.isResource() ? o.asResource().getURI() : o.asLiteral().getLexicalForm();
        }

        // ---- actors

        private Resource actorRes(Actor a) {
            return m.createResource(iris.id(a.key()));
        }

        private void actor(Actor a) {
            Resource r = actorRes(a);
            r.addProperty(RDF.type, m.createResource(E2K.NS + a.type()));
            r.addProperty(RDF.type, switch (a.kind()) {
                case PERSON -> SchemaDO.Person;
                case ORGANISATION -> SchemaDO.Organization;
                case PLACE -> a.isCountry() ? SchemaDO.Country : SchemaDO.Place;
            });
            r.addProperty(RDFS.label, label(a.label()));
            Set<String> alts = new TreeSet<>();
            for (String alias : a.aliases()) {
                String l = label(alias);
                if (!l.equals(label(a.label()))) {
                    alts.add(l);
                }
            }
            alts.forEach(alt -> r.addProperty(SKOS.altLabel, alt));
            r.addLiteral(E2K.mentionCount, m.createTypedLiteral(String.valueOf(a.mentions().size()), XSDDatatype.XSDinteger));
            for (Span s : a.mentions()) {
                r.addProperty(PROV.wasDerivedFrom, evidence(s));
            }
            articleRes.addProperty(SchemaDO.mentions, r);
        }

        // ---- documents

        /**
         * Document IRIs that two articles reporting the same document agree on: the family of
         * document ("letter" for letters and open letters), the month it is dated (a day is
         * often given by one article and not another), and its first signatory by key. An
         * undated document is named within its article only.
         */
        private void assignDocumentIris() {
            Map<String, Integer> used = new HashMap<>();
            for (DocumentFact d : facts.documents()) {
                String family = Slugs.of(documentFamily(d.type()).replaceAll("(?<=[a-z])(?=[A-Z])", " "));
                List<Actor> by = d.signatories().isEmpty() ? d.actors(DocumentFact.Role.ISSUER) : d.signatories();
                String who = by.stream().map(a -> Slugs.of(lastPart(a.key()))).sorted().findFirst().orElse("unsigned");
                String path;
                if (d.date() == null) {
                    path = "doc/" + aid + "/" + family + "-" + who;
                } else {
                    String month = d.date().iso().length() >= 7 ? d.date().iso().substring(0, 7) : d.date().iso();
                    path = "doc/" + family + "/" + month + "-" + who;
                }
                int n = used.merge(path, 1, Integer::sum);
                if (n > 1) {
                    path = path + "-" + n;
                }
                docs.put(d, m.createResource(iris.id(path)));
            }
        }

        /** Letters and open letters are one family for naming: articles call the same letter either. */
        private static String documentFamily(String type) {
            return type.equals("OpenLetter") ? "Letter" : type;
        }

        private String lastPart(String key) {
            return key.substring(key.indexOf('/') + 1);
        }

        private void document(DocumentFact d) {
            Resource r = docs.get(d);
            r.addProperty(RDF.type, m.createResource(E2K.NS + d.type()));
            r.addProperty(RDFS.label, documentLabel(d));
            if (d.date() != null) {
                r.addLiteral(DCTerms.date, date(d.date()));
            }
            if (d.signatoryCount() != null) {
                r.addLiteral(E2K.signatoryCount, m.createTypedLiteral(String.valueOf(d.signatoryCount()), XSDDatatype.XSDinteger));
            }
            if (d.about() != null) {
                r.addProperty(E2K.about, d.about());
            }
            d.demandTexts().forEach(t -> r.addProperty(E2K.demandText, t));
            for (Demand dm : d.demands()) {
                r.addProperty(E2K.demand, m.createResource(E2K.NS + dm.name()));
            }
            for (Span s : d.evidence()) {
                r.addProperty(PROV.wasDerivedFrom, evidence(s));
            }
            r.addProperty(DCTerms.isReferencedBy, articleRes);
            for (DocumentFact.Participation p : d.participations()) {
                if (!p.actor().named()) {
                    continue;
                }
                Property prop = switch (p.role()) {
                    case SIGNATORY -> E2K.signatory;
                    case LEADER -> E2K.ledBy;
                    case ADDRESSEE -> E2K.addressee;
                    case ISSUER -> E2K.issuedBy;
                    case REPORTER -> E2K.reportedBy;
                    case FIRST_REPORTER -> E2K.firstReportedBy;
                };
                fact(r, prop, actorRes(p.actor()), p.prov());
                if (p.role() == DocumentFact.Role.LEADER) {
                    fact(r, E2K.signatory, actorRes(p.actor()), p.prov());
                }
                if (p.role() == DocumentFact.Role.FIRST_REPORTER) {
                    fact(r, E2K.reportedBy, actorRes(p.actor()), p.prov());
                }
            }
        }

        private String documentLabel(DocumentFact d) {
            String type = d.type().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
            StringBuilder sb = new StringBuilder(Character.toUpperCase(type.charAt(0)) + type.substring(1));
            List<Actor> by = d.signatories().isEmpty() ? d.actors(DocumentFact.Role.ISSUER) : d.signatories();
            if (!by.isEmpty()) {
                sb.append(" by ").append(label(by.get(0).label()));
                if (by.size() > 1) {
                    sb.append(" and others");
                }
            } else if (d.signatoryCount() != null) {
                sb.append(" by ").append(d.signatoryCount()).append(" signatories");
            }
            List<Actor> to = d.actors(DocumentFact.Role.ADDRESSEE);
            if (!to.isEmpty()) {
                sb.append(" to ").append(label(to.get(0).label()));
            }
            if (d.date() != null) {
                sb.append(", ").append(d.date().iso());
            }
            return sb.toString();
        }

        // ---- roles, stances, relations

        private void role(RoleFact f) {
            if (!f.person().named()) {
                return;
            }
            Resource person = actorRes(f.person());
            Resource role = m.createResource(iris.role(Slugs.of(f.role())));
            role.addProperty(RDF.type, ORG.Role);
            role.addProperty(RDFS.label, f.role());
            Resource st = fact(person, E2K.holdsRole, role, f.prov());
            st.addProperty(RDF.type, ORG.Membership);
            st.addProperty(ORG.member, person);
            st.addProperty(ORG.role, role);
            st.addProperty(E2K.title, f.title());
            if (f.organisation() != null && f.organisation().named()) {
                Resource org = actorRes(f.organisation());
                st.addProperty(ORG.organization, org);
                fact(person, ORG.memberOf, org, f.prov());
            }
        }

        /**
         * A stance: one statement per actor, stance, document and date, carrying the highest
         * confidence of its readings and what it was read from. The plain triple is asserted
         * only when some reading of it reaches {@link StanceFact#ASSERTED}.
         */
        private void stance(StanceFact f) {
            if (!f.actor().named()) {
                return;
            }
            Property p = f.stance() == org.w3id.e2eekg.fact.Stance.OPPOSES ? E2K.opposes : E2K.supports;
            Resource actor = actorRes(f.actor());
            Resource doc = f.document() != null ? docs.get(f.document()) : null;
            String when = f.date() == null ? "" : f.date().iso();
            Resource st = statement(actor, p, E2K.EndToEndEncryption, f.prov(), doc == null ? "" : doc.getURI(), when);
            if (f.asserted()) {
                actor.addProperty(p, E2K.EndToEndEncryption);
            }
            raiseConfidence(st, f.confidence());
            for (Demand d : f.demands()) {
                st.addProperty(E2K.demand, m.createResource(E2K.NS + d.name()));
            }
            if (doc != null) {
                st.addProperty(E2K.expressedIn, doc);
            }
            if (f.date() != null) {
                st.addLiteral(DCTerms.date, date(f.date()));
            }
            if (f.basis() != null) {
                basis(st, f.basis());
            }
        }

        /** A statement's confidence is the highest of its readings'. */
        private void raiseConfidence(Resource st, double confidence) {
            Statement old = st.getProperty(E2K.confidence);
            if (old != null && old.getDouble() >= confidence) {
                return;
            }
            st.removeAll(E2K.confidence);
            st.addLiteral(E2K.confidence, m.createTypedLiteral(
                    new BigDecimal(confidence).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        }

        /** How a stance was read: a reading node with the words, the actor's attitude, and the measure with its effect. */
        private void basis(Resource st, StanceFact.Basis b) {
            Resource reading = m.createResource(iris.reading(st.getURI(), b.target(), String.valueOf(b.attitude()),
                    b.measure() == null ? "" : b.measure()));
            reading.addProperty(RDF.type, E2K.Reading);
            reading.addProperty(E2K.targetText, b.target());
            reading.addProperty(E2K.attitude, b.attitude() > 0 ? E2K.For : E2K.Against);
            if (b.measure() != null) {
                // a named measure is shared by the articles that name it; one only described is the article's own
                Resource measure = m.createResource(iris.measure(b.named() ? Slugs.of(b.measure()) : aid + "/" + Slugs.of(b.measure())));
                measure.addProperty(RDF.type, E2K.Measure);
                measure.addProperty(RDFS.label, b.measure());
                measure.addProperty(E2K.effectOnEncryption, b.effect() > 0 ? E2K.Strengthens : E2K.Weakens);
                reading.addProperty(E2K.concerning, measure);
            }
            st.addProperty(E2K.reading, reading);
        }

        private void relation(ActorRelation r) {
            if (!r.subject().named() || !r.object().named()) {
                return;
            }
            Property p = r.relation() == ActorRelation.Relation.PART_OF ? ORG.subOrganizationOf : SchemaDO.nationality;
            fact(actorRes(r.subject()), p, actorRes(r.object()), r.prov());
        }

        // ---- statistics

        private void statistics() {
            Map<String, Integer> used = new HashMap<>();
            for (StatisticFact s : facts.statistics()) {
                String path = "stat/" + aid + "/" + valueSlug(s.value()) + "-" + Slugs.of(s.unit())
                        + (s.source() != null ? "-" + Slugs.of(lastPart(s.source().key())) : "");
                int n = used.merge(path, 1, Integer::sum);
                if (n > 1) {
                    path = path + "-" + n;
                }
                statistic(s, m.createResource(iris.id(path)));
            }
        }

        private void statistic(StatisticFact s, Resource r) {
            r.addProperty(RDF.type, E2K.Statistic);
            r.addProperty(RDFS.label, s.written() + (s.unit().equals("percent") || s.written().endsWith(s.unit()) ? "" : " " + s.unit()));
            // a whole number as xsd:integer, so that it reads 18400000, not TDB2's canonical decimal 18400000.0
            BigDecimal value = s.value().stripTrailingZeros();
            r.addLiteral(E2K.value, m.createTypedLiteral(value.toPlainString(),
                    value.scale() <= 0 ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal));
            r.addProperty(E2K.unit, s.unit());
            if (s.measure() != null) {
                r.addProperty(DCTerms.description, s.measure());
            }
            if (s.qualifier() != null) {
                r.addProperty(E2K.qualifier, s.qualifier());
            }
            if (s.year() != null) {
                r.addLiteral(E2K.refYear, m.createTypedLiteral(String.valueOf(s.year()), XSDDatatype.XSDgYear));
            }
            if (s.estimate()) {
                r.addLiteral(E2K.estimate, m.createTypedLiteral(true));
            }
            for (Span sp : s.evidence()) {
                r.addProperty(PROV.wasDerivedFrom, evidence(sp));
            }
            r.addProperty(DCTerms.isReferencedBy, articleRes);
            Span first = s.evidence().iterator().next();
            if (s.source() != null && s.source().named()) {
                Provenance p = s.sourceProv() != null ? s.sourceProv() : new Provenance(first, "statistic-source", "");
                fact(r, E2K.source, actorRes(s.source()), p);
            }
            for (DocumentFact d : s.citedBy()) {
                Resource doc = docs.get(d);
                if (doc != null) {
                    fact(r, CITO.isCitedBy, doc, new Provenance(first, "statistic-cited-by", ""));
                }
            }
        }

        private String valueSlug(BigDecimal v) {
            BigDecimal million = BigDecimal.valueOf(1_000_000);
            if (v.compareTo(million) >= 0 && v.remainder(BigDecimal.valueOf(100_000)).signum() == 0) {
                return v.divide(million).stripTrailingZeros().toPlainString().replace('.', '-') + "m";
            }
            return v.stripTrailingZeros().toPlainString().replace('.', '-');
        }
    }

    private static String label(String s) {
        return s.replace('\u2019', '\'');
    }

    private static Literal date(DateValue d) {
        XSDDatatype type = d.hasDay() ? XSDDatatype.XSDdate : d.hasMonth() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return ResourceFactory.createTypedLiteral(d.iso(), type);
    }
}
