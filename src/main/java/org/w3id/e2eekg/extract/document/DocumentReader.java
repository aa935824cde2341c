package org.w3id.e2eekg.extract.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.discourse.Agent;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.lexicon.DocumentKinds;
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
import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.DocumentFact.Role;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Finds documents and public acts and who takes part in them. A document is introduced by a
 * noun ("in an open letter dated 2 May 2021", "answered in a letter", "publish a joint
 * report", "handed over petitions", "In its statement on Monday"), by a verb of writing
 * ("have written to Acme CEO John Doe"), of proposing, voting, announcing or
 * recommending, by a verb of saying when the saying is dated or made to a news outlet,
 * a court or a legislature, or by a court's or an authority's verb of deciding ("fined X",
 * "ordered X to disclose", "ruled that"). The clause's subject signs or issues it; the object of "to",
 * "asking", "urging" or "told" is its addressee; "led by", "coordinated by" and "as its
 * champion" name its leaders; "including" and "joined the heads of" add signatories. Later
 * sentences add to it through "the letter", "the effort", "is among the signatories",
 * "Among those who signed it were" and "X is another". A document met again (a repeated paragraph, "tables the proposal") is
 * merged with the first by type, signatories and date.
 *
 * <p>The document stage: immutable and thread-safe. The documents themselves are builders
 * that belong to the article run; this stage is the one that opens and adds to them, and
 * the discourse keeps them as the referents of "the letter" and "they".
 */
public final class DocumentReader {
    /**
     * What the document stage made of a sentence.
     *
     * @param sentence   the sentence, each clause that made or refers to a document with that document in its agent
     * @param newsReport a news report the sentence cites ("According to a Daily Courier report on ..."), or null
     * @param introduced the documents the clauses of the sentence introduced, in order
     */
    public record Result(SentenceContext sentence, DocumentFact.Builder newsReport, List<DocumentFact.Builder> introduced) {
        public Result {
            introduced = List.copyOf(introduced);
        }
    }

    private record Noun(int from, int to, String type) {}

    /** the most tokens before a date that labels a sentence: a bullet, or "Update," */
    private static final int LABEL_DATE_START = 2;
    /** the most tokens between "Among those who" and the verb "be" */
    private static final int MAX_SIGNER_CLAUSE = 6;

    private final PhraseMatcher docNouns;
    private final Map<String, String> nounType = new java.util.HashMap<>();
    private final PhraseMatcher writeVerbs;
    private final PhraseMatcher statementVerbs;
    private final PhraseMatcher announceVerbs;
    private final PhraseMatcher proposeVerbs;
    private final PhraseMatcher opinionVerbs;
    private final PhraseMatcher voteVerbs;
    private final PhraseMatcher recommendVerbs;
    private final PhraseMatcher handVerbs;
    private final PhraseMatcher courtVerbs;
    private final Map<String, String> memberNouns;
    private final PhraseMatcher leaderCues;
    private final PhraseMatcher coAuthorCues;
    private final PhraseMatcher pollNouns;
    private final PhraseMatcher ellipsisCues;
    private final PhraseMatcher mediaVerbs;
    private final Set<String> groupNouns;
    private final Set<String> demandQuestions;
    private final PhraseMatcher haltWords;
    private final PhraseMatcher rolloutWords;
    private final Polarity polarity;
    private final List<String> nounLists = List.of("openLetterNouns", "letterNouns", "petitionNouns", "statementNouns",
            "proposalNouns", "opinionNouns", "recommendationNouns", "reportNouns", "appealNouns", "courtNouns",
            "rulingNouns");

    private final DocumentKinds kinds;
    private final WordSet the;
    private final WordSet indefiniteArticles;
    private final WordSet and;
    private final WordSet to;
    private final WordSet by;
    private final WordSet with;
    private final WordSet inWhichIn;
    private final WordSet which;
    private final WordSet relativeAfterComma;
    private final WordSet titleOrganisationPrepositions;
    private final WordSet signatoryNouns;
    private final WordSet pluralEndings;
    private final WordSet makerPrepositions;
    private final WordSet introducingDeterminers;
    private final WordSet documentAdjectives;
    private final WordSet writingForms;
    private final WordSet suingStems;
    private final WordSet auxiliaryVerbs;
    private final WordSet tellingForms;
    private final WordSet outletDescriptors;
    private final WordSet dated;
    private final WordSet when;
    private final WordSet simultaneity;
    private final WordSet documentMakingLemmas;
    private final WordSet rulingLemmas;
    private final WordSet publishingForms;
    private final WordSet addressingWords;
    private final WordSet addressingVerbs;
    private final WordSet replyVerbs;
    private final WordSet listBullets;
    private final WordSet personalObjectPronouns;
    private final WordSet governmentAddressees;
    private final WordSet addresseeDeterminers;
    private final WordSet addresseeListWords;
    private final WordSet championCues;
    private final WordSet inclusionVerbs;
    private final WordSet amongWords;
    private final Set<String> spokesNouns;
    private final WordSet spokesPrepositions;
    private final WordSet joiningForms;
    private final WordSet joinedHeadsWords;
    private final WordSet nameListWords;
    private final WordSet forwardingVerbs;
    private final WordSet listContinuingVerbs;
    private final WordSet signingForms;
    private final WordSet roleTemporal;
    private final WordSet complementiser;
    private final WordSet signatoryListOpenings;
    private final WordSet signatoryListLeads;
    private final WordSet signerClauseLeads;
    private final WordSet signingStems;
    private final WordSet copula;
    private final WordSet bodyMemberHeads;
    private final WordSet ofWords;
    private final WordSet gerundEndings;
    private final PhraseMatcher billMakingForms;
    private final WordSet billPartNouns;
    private final WordSet membershipPhrases;
    private final WordSet first;
    private final WordSet newsReportNouns;
    private final WordSet aboutPrepositions;
    private final String forwardedCue;
    private final String signedByCue;
    private final String membershipCue;
    private final String ellipsisCue;

    public DocumentReader(Lexicon lex, Polarity polarity, DocumentKinds kinds) {
        this.polarity = polarity;
        this.kinds = kinds;
        demandQuestions = lex.lower("demandQuestions");
        haltWords = lex.phrases("haltWords");
        rolloutWords = lex.phrases("rolloutWords");
        docNouns = lex.phrases(nounLists.toArray(String[]::new));
        for (String l : nounLists) {
            nounType.put(l, lex.attribute(l, E2K.documentClass).orElseThrow());
        }
        writeVerbs = lex.phrases("writeVerbs");
        statementVerbs = lex.phrases("statementVerbs");
        announceVerbs = lex.phrases("announceVerbs");
        proposeVerbs = lex.phrases("proposeVerbs");
        opinionVerbs = lex.phrases("opinionVerbs");
        voteVerbs = lex.phrases("voteVerbs");
        recommendVerbs = lex.phrases("recommendVerbs");
        handVerbs = lex.phrases("handVerbs");
        courtVerbs = lex.phrases("courtVerbs");
        memberNouns = lex.pairs("memberNouns");
        leaderCues = lex.phrases("leaderCues");
        coAuthorCues = lex.phrases("coAuthorCues");
        pollNouns = lex.phrases("pollNouns");
        ellipsisCues = lex.phrases("ellipsisCues");
        mediaVerbs = lex.phrases("mediaVerbs");
        groupNouns = lex.lower("groupNouns");
        the = WordSet.of(lex, "definiteArticle");
        indefiniteArticles = WordSet.of(lex, "indefiniteArticles");
        and = WordSet.of(lex, "conjunctionAnd");
        to = WordSet.of(lex, "prepositionTo");
        by = WordSet.of(lex, "prepositionBy");
        with = WordSet.of(lex, "prepositionWith");
        inWhichIn = WordSet.of(lex, "prepositionIn");
        which = WordSet.of(lex, "pronounWhich");
        relativeAfterComma = WordSet.of(lex, "pronounWhich", "pronounWho");
        titleOrganisationPrepositions = WordSet.of(lex, "titleOrganisationPrepositions");
        signatoryNouns = WordSet.of(lex, "signatoryNouns");
        pluralEndings = WordSet.of(lex, "pluralEndings");
        makerPrepositions = WordSet.of(lex, "makerPrepositions");
        introducingDeterminers = WordSet.of(lex, "introducingDeterminers");
        documentAdjectives = WordSet.of(lex, "documentAdjectives");
        writingForms = WordSet.of(lex, "writingForms");
        suingStems = WordSet.of(lex, "suingStems");
        auxiliaryVerbs = WordSet.of(lex, "auxiliaryVerbs");
        tellingForms = WordSet.of(lex, "tellingForms");
        outletDescriptors = WordSet.of(lex, "outletDescriptors");
        dated = WordSet.of(lex, "datingWords");
        when = WordSet.of(lex, "whenWords");
        simultaneity = WordSet.of(lex, "simultaneityPrepositions");
        documentMakingLemmas = WordSet.of(lex, "documentMakingLemmas");
        rulingLemmas = WordSet.of(lex, "rulingLemmas");
        publishingForms = WordSet.of(lex, "publishingForms");
        addressingWords = WordSet.of(lex, "addressingWords");
        addressingVerbs = WordSet.of(lex, "addressingVerbs");
        replyVerbs = WordSet.of(lex, "replyVerbs");
        listBullets = WordSet.of(lex, "listBullets");
        personalObjectPronouns = WordSet.of(lex, "personalObjectPronouns");
        governmentAddressees = WordSet.of(lex, "governmentAddressees");
        addresseeDeterminers = WordSet.of(lex, "addresseeDeterminers");
        addresseeListWords = WordSet.of(lex, "addresseeListWords");
        championCues = WordSet.of(lex, "championCues");
        inclusionVerbs = WordSet.of(lex, "inclusionVerbs");
        amongWords = WordSet.of(lex, "amongWords");
        spokesNouns = lex.lower("spokesNouns");
        spokesPrepositions = WordSet.of(lex, "spokesPrepositions");
        joiningForms = WordSet.of(lex, "joiningForms");
        joinedHeadsWords = WordSet.of(lex, "joinedHeadsWords");
        nameListWords = WordSet.of(lex, "nameListWords");
        forwardingVerbs = WordSet.of(lex, "forwardingVerbs");
        listContinuingVerbs = WordSet.of(lex, "listContinuingVerbs");
        signingForms = WordSet.of(lex, "signingForms");
        roleTemporal = WordSet.of(lex, "roleTemporalModifiers");
        complementiser = WordSet.of(lex, "complementiser");
        signatoryListOpenings = WordSet.of(lex, "signatoryListOpenings");
        signatoryListLeads = WordSet.of(lex, "signatoryListLeads");
        signerClauseLeads = WordSet.of(lex, "signerClauseLeads");
        signingStems = WordSet.of(lex, "signingStems");
        copula = WordSet.of(lex, "copulaForms");
        bodyMemberHeads = WordSet.of(lex, "bodyMemberHeads");
        ofWords = WordSet.of(lex, "prepositionOf");
        gerundEndings = WordSet.of(lex, "gerundEndings");
        billMakingForms = lex.phrases("billMakingForms");
        billPartNouns = WordSet.of(lex, "billPartNouns");
        membershipPhrases = WordSet.of(lex, "membershipPhrases");
        first = WordSet.of(lex, "firstWords");
        newsReportNouns = WordSet.of(lex, "newsReportNouns");
        aboutPrepositions = WordSet.of(lex, "aboutPrepositions");
        forwardedCue = lex.attribute("forwardingVerbs", E2K.cueLabel).orElseThrow();
        signedByCue = lex.attribute("signingForms", E2K.cueLabel).orElseThrow();
        membershipCue = lex.attribute("membershipPhrases", E2K.cueLabel).orElseThrow();
        ellipsisCue = lex.attribute("ellipsisCues", E2K.cueLabel).orElseThrow();
    }

    /**
     * Reads the documents of a sentence: opens the documents it introduces, adds to the ones
     * it speaks of, and tells the discourse. Clauses that make or refer to a document get it
     * in their agent.
     *
     * @param memory what the sentence before left for this one; updated for the next
     */
    public Result read(SentenceContext s, Discourse d, DocumentMemory memory) {
        try {
            if (demands(s, d, memory) || s.sentence().sentence().question()) {
                return new Result(s, null, List.of());
            }
            listedSignatories(s, memory);
            Map<Clause, Agent> agents = new IdentityHashMap<>(s.agents());
            List<DocumentFact.Builder> introduced = new ArrayList<>();
            for (Clause c : s.clauses()) {
                if (c.kind() == Clause.Kind.ADVERBIAL || c.kind() == Clause.Kind.COMPLEMENT) {
                    continue;
                }
                Agent agent = agents.get(c) == null ? Agent.NONE : agents.get(c);
                Agent among = amongAntecedent(s, c, agent, agents);
                if (among != null) {
                    agent = among;
                }
                if (agent.document() != null && !agent.isTarget()) {
                    update(s, c, agent.document(), d, memory);
                    membership(s, c, agent, d, memory); // "Its 237 signatories include ..."
                    continue;
                }
                DocumentFact.Builder doc = introduce(s, c, agent, d, memory);
                if (doc != null) {
                    bind(agents, c, agent, doc);
                    d.document(doc);
                    introduced.add(doc);
                    if (!agent.hasActors()) {
                        d.subject(List.of(), doc);
                    }
                }
                membership(s, c, agent, d, memory);
                reports(s, c, agent, d);
            }
            return new Result(s.withAgents(agents), newsReport(s, d), introduced);
        } finally {
            rememberEventDates(s, memory);
            memory.next();
        }
    }

    /**
     * What the clause reading cannot see, read from the dependency parse: documents named by a
     * reduced relative or fronted before a verb of saying, signers after "were among", and
     * addressees as indirect objects. Completes the documents the clause reading introduced.
     *
     * @param read what {@link #read} gave for the sentence
     */
    public void readParse(Result read, DependencyTree tree, Discourse d) {
        SentenceContext s = read.sentence();
        if (tree.size() != s.sentence().size()) {
            return;
        }
        frontedDocument(s, tree, d, read.introduced());
        reducedRelatives(s, tree, d);
        amongSigners(s, tree, read.introduced());
        adverbialBills(s, tree, d);
        indirectObjects(s, tree, read.introduced());
        signersListedAfter(s, tree, d);
        rulings(s, tree, d);
    }

    /**
     * "The court fined Telegram", "the FSB ordered Telegram to disclose ...", "Judge Roe ruled
     * that ...": an active verb of deciding (lex:rulingLemmas) whose object is an actor, or
     * which governs a clause or a preposition, is a ruling its subject's names make, dated by
     * the clause; the actor it orders to act ("to disclose") is the addressee. Read from the
     * parse, since whether the object is an actor or a clause decides it ("ordered a review"
     * makes none), and so is a particle ("ruled out").
     */
    private void rulings(SentenceContext s, DependencyTree tree, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (int verb = 0; verb < a.size(); verb++) {
            if (!tree.isVerb(verb) || !rulingLemmas.contains(tree.lemma(verb).toLowerCase(java.util.Locale.ROOT))
                    || tree.child(verb, "prt") >= 0 || tree.child(verb, "nsubjpass") >= 0) {
                continue;
            }
            int subject = tree.child(verb, "nsubj");
            int object = tree.child(verb, "dobj");
            List<Actor> makers = new ArrayList<>();
            if (subject >= 0) {
                // the heads' names only: the parser may hang a later noun on the subject ("fined X 800,000 roubles")
                for (int name : headAndConjuncts(tree, subject)) {
                    addNamed(a, name, name + 1, makers);
                }
            }
            List<Actor> parties = new ArrayList<>();
            if (object >= 0) {
                addNamed(a, object, object + 1, parties);
            }
            boolean decides = object >= 0 ? !parties.isEmpty()
                    : tree.child(verb, "ccomp") >= 0 || tree.child(verb, "prep") >= 0;
            if (makers.isEmpty() || !decides) {
                continue;
            }
            DocumentFact.Builder ruling = new DocumentFact.Builder(E2K.Ruling.getLocalName(), "document-ruling");
            DateValue within = dateWithin(s, tree, verb);
            ruling.date(within != null ? within : labelDate(s));
            ruling.evidence(s.span());
            String cue = s.text(verb, verb + 1);
            for (Actor x : makers) {
                ruling.add(x, Role.SIGNATORY, s.prov("document-ruling", cue));
            }
            int ordered = tree.child(verb, "xcomp");
            if (ordered > verb && tree.child(ordered, "aux") >= 0) {
                for (Actor x : parties) {
                    if (!ruling.has(x, Role.SIGNATORY)) {
                        ruling.add(x, Role.ADDRESSEE, s.prov("document-ruling", cue));
                    }
                }
            }
            DocumentFact.Builder same = sameAs(ruling, d);
            if (same != null) {
                same.merge(ruling);
            } else {
                d.document(ruling);
            }
        }
    }

    /**
     * "The organisations that signed the letter, among them X, Y and Z, argued ...": the names
     * listed after a definite document that a relative clause says was signed are signatories
     * of the document under discussion, when it is of the same family.
     */
    private void signersListedAfter(SentenceContext s, DependencyTree tree, Discourse d) {
        AnalysedSentence a = s.sentence();
        DocumentFact.Builder current = d.currentDocument();
        for (int noun = 0; noun < a.size() && current != null; noun++) {
            PhraseMatcher.Match m = docNounAt(a, noun);
            int verb = makingVerbOf(tree, m);
            int det = m != null ? tree.span(m.to() - 1)[0] : -1;
            if (verb < 0 || !tree.is(verb, "relcl") || !the.matches(a.token(det))
                    || !kinds.family(current.type()).equals(kinds.family(nounType.get(m.list())))) {
                continue;
            }
            int k = m.to();
            if (k + 2 < a.size() && a.token(k).is(",") && amongWords.matches(a.token(k + 1)) && a.pos(k + 2).equals("PRON")) {
                k += 3; // ", among them"
            } else if (k + 1 < a.size() && a.token(k).is(",") && inclusionVerbs.matches(a.token(k + 1))) {
                k += 2; // ", including"
            } else {
                continue;
            }
            for (Actor x : list(s, k, a.size())) {
                current.add(x, Role.SIGNATORY, s.prov("document-signers-listed", s.text(m.from(), k)));
            }
        }
    }

    /**
     * "It echoed a statement the five governments agreed last August": a document noun with a
     * relative clause that has no relative word, whose verb makes documents and whose subject
     * names actors, is a document those actors signed, dated by the relative clause. Reads the
     * dependency parse, since the clause parser does not see a relative clause without "that".
     */
    private void reducedRelatives(SentenceContext s, DependencyTree tree, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (int noun = 0; noun < a.size(); noun++) {
            PhraseMatcher.Match m = docNounAt(a, noun);
            if (m == null || !tree.isNoun(m.to() - 1)) {
                continue;
            }
            int head = m.to() - 1;
            passiveParticiples(s, tree, d, m, head);
            for (int verb : tree.children(head, Set.of("relcl", "acl"))) {
                int subject = tree.child(verb, "nsubj");
                int object = tree.child(verb, "dobj");
                // "a statement the governments agreed", "the letter that X sent to Y" (the parser may take
                // "that" for a complementiser, or for the object with a preposition's tag)
                boolean relativeWord = object == head + 1 && (tree.tag(object).equals("WDT") || complementiser.matches(a.token(object)))
                        || object < 0 && tree.head(head + 1) == verb && tree.is(head + 1, "mark") && complementiser.matches(a.token(head + 1));
                if (object == head + 1 && relativeWord) {
                    object = -1;
                }
                int start = relativeWord ? head + 2 : head + 1;
                if (subject < 0 || tree.span(subject)[0] != start || object >= 0 || !makesDocuments(tree, verb)) {
                    continue;
                }
                List<Actor> makers = namedIn(a, tree, subject);
                if (makers.isEmpty()) {
                    continue;
                }
                String type = nounType.get(m.list());
                DocumentFact.Builder doc = new DocumentFact.Builder(type, "document-reduced-relative");
                doc.date(dateWithin(s, tree, verb));
                doc.evidence(s.span());
                for (Actor x : makers) {
                    doc.add(x, makerRole(type), s.prov("document-reduced-relative", s.text(head, verb + 1)));
                }
                for (Actor x : addressedIn(a, tree, verb)) {
                    if (!doc.has(x, Role.SIGNATORY)) {
                        doc.add(x, Role.ADDRESSEE, s.prov("document-reduced-relative", s.text(head, verb + 1)));
                    }
                }
                DocumentFact.Builder same = sameAs(doc, d);
                if (same != null) {
                    same.merge(doc);
                    doc = same;
                }
                if (indefiniteArticles.matches(a.token(tree.span(head)[0]))) {
                    d.document(doc);
                } else {
                    d.documentInPassing(doc);
                }
            }
        }
    }

    /**
     * "In an open letter published Monday and addressed to X, signatories including members of
     * Y said ...": a document noun fronted under a verb of saying is the subject's, dated by
     * what it is modified with. The clause parser reads the participles as the main clause;
     * this reads the parse. Completes the document a clause of the sentence introduced with
     * the same noun when there is one (its signatories and date), else introduces it.
     *
     * @param introduced the documents the clause reading introduced in this sentence
     */
    private void frontedDocument(SentenceContext s, DependencyTree tree, Discourse d, List<DocumentFact.Builder> introduced) {
        AnalysedSentence a = s.sentence();
        int root = tree.root();
        int subject = root >= 0 ? tree.subject(root) : -1;
        if (subject < 0 || statementVerbs.at(a.tokens(), root) == null) {
            return;
        }
        for (int prep : tree.children(root, Set.of("prep"))) {
            int noun = tree.child(prep, "pobj");
            PhraseMatcher.Match m = noun > 0 && noun < subject ? docNounAt(a, noun) : null;
            if (m == null || m.to() - 1 != noun || !indefiniteArticles.matches(a.token(tree.span(noun)[0]))) {
                continue;
            }
            List<Actor> makers = namedIn(a, tree, subject);
            if (makers.isEmpty()) {
                return;
            }
            String type = nounType.get(m.list());
            List<DocumentFact.Builder> same = ofFamily(introduced, type);
            DocumentFact.Builder doc = same.isEmpty() ? null : same.get(same.size() - 1);
            if (doc == null) {
                doc = new DocumentFact.Builder(type, "document-fronted");
                doc.evidence(s.span());
                d.document(doc);
            }
            doc.date(dateWithin(s, tree, noun));
            for (Actor x : makers) {
                doc.add(x, makerRole(type), s.prov("document-fronted", s.text(prep, noun + 1)));
            }
            return;
        }
    }

    /**
     * "A, B, C and D were among the governments that signed a statement": every actor the
     * subject of "were among" names signs the document, read from the parse (the clause
     * reading can lose the head of a list after a colon). Completes the document a clause of
     * the sentence introduced with the same noun, if any.
     *
     * @param introduced the documents the clause reading introduced in this sentence
     */
    private void amongSigners(SentenceContext s, DependencyTree tree, List<DocumentFact.Builder> introduced) {
        AnalysedSentence a = s.sentence();
        for (int noun = 0; noun < a.size(); noun++) {
            PhraseMatcher.Match m = docNounAt(a, noun);
            int verb = makingVerbOf(tree, m);
            int group = verb >= 0 && tree.is(verb, "relcl") ? tree.head(verb) : -1;
            int among = group >= 0 && tree.is(group, "pobj") ? tree.head(group) : -1;
            if (among < 0 || !amongWords.matches(a.token(among)) || tree.head(among) < 0) {
                continue;
            }
            int subject = tree.child(tree.head(among), "nsubj");
            List<Actor> makers = subject >= 0 ? namedIn(a, tree, subject) : List.of();
            for (DocumentFact.Builder doc : ofFamily(introduced, nounType.get(m.list()))) {
                doc.date(dateWithin(s, tree, verb));
                for (Actor x : makers) {
                    doc.add(x, makerRole(doc.type()), s.prov("document-among", s.text(among, m.to())));
                }
            }
        }
    }

    /**
     * "When Sen. X and Sen. Y unveiled the Z Act on 5 March 2020, they ...": a bill put forward
     * in an adverbial clause, which the clause reading does not look into, read from the parse:
     * the subject's names sponsor it, on the date the clause gives.
     */
    private void adverbialBills(SentenceContext s, DependencyTree tree, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (int verb = 0; verb < a.size(); verb++) {
            PhraseMatcher.Match making = billMakingForms.at(a.tokens(), verb);
            int subject = tree.child(verb, "nsubj");
            if (making == null || !tree.is(verb, "advcl") || subject < 0 || !proposalObjectAt(a, making.to(), a.size())) {
                continue;
            }
            List<Actor> sponsors = new ArrayList<>();
            for (int name : headAndConjuncts(tree, subject)) {
                addNamed(a, name, name + 1, sponsors);
            }
            if (sponsors.isEmpty()) {
                continue;
            }
            DocumentFact.Builder bill = new DocumentFact.Builder("Proposal", "document-adverbial-bill");
            bill.date(dateWithin(s, tree, verb) != null ? dateWithin(s, tree, verb) : dateBeforeMainSubject(s, tree, verb));
            bill.evidence(s.span());
            for (Actor x : sponsors) {
                bill.add(x, Role.SIGNATORY, s.prov("document-adverbial-bill", s.text(verb, making.to())));
            }
            DocumentFact.Builder same = sameAs(bill, d);
            if (same == null) {
                same = undatedBillOf(sponsors, d); // the clause reading may have seen the bill without its date
            }
            if (same != null) {
                same.merge(bill);
            } else {
                d.document(bill);
            }
        }
    }

    /** A phrase's head and the heads coordinated with it: "Sen. X and Sen. Y" gives both names. */
    private static List<Integer> headAndConjuncts(DependencyTree tree, int head) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        heads.addAll(tree.conjuncts(head));
        return heads;
    }

    /** The last undated proposal that one of these sponsors signed, or null. */
    private static DocumentFact.Builder undatedBillOf(List<Actor> sponsors, Discourse d) {
        DocumentFact.Builder found = null;
        for (DocumentFact.Builder o : d.documents()) {
            if ("Proposal".equals(o.type()) && o.date() == null && sponsors.stream().anyMatch(o.signatories()::contains)) {
                found = o;
            }
        }
        return found;
    }

    /**
     * "When X tabled Bill C-2, the Strong Borders Act, on June 3, the pitch was ...": a date
     * written after an adverbial clause's verb and before the main clause's subject, which the
     * parser may hang from the main verb, belongs to the adverbial clause; or null.
     */
    private static DateValue dateBeforeMainSubject(SentenceContext s, DependencyTree tree, int verb) {
        int main = tree.head(verb);
        int subject = main >= 0 ? tree.child(main, "nsubj") : -1;
        if (subject < 0 || subject < verb) {
            return null;
        }
        int end = tree.span(subject)[0];
        for (DateMention dm : s.dates()) {
            if (dm.from() > verb && dm.from() < end) {
                return dm.value();
            }
        }
        return null;
    }

    /** A document noun starting at the token, outside any name; or null. */
    private PhraseMatcher.Match docNounAt(AnalysedSentence a, int token) {
        return a.mentionAt(token) == null ? docNouns.at(a.tokens(), token) : null;
    }

    /** The verb that makes the document a noun is the object of ("signed a statement"), or -1. */
    private int makingVerbOf(DependencyTree tree, PhraseMatcher.Match noun) {
        int verb = noun != null && tree.is(noun.to() - 1, "dobj") ? tree.head(noun.to() - 1) : -1;
        return verb >= 0 && makesDocuments(tree, verb) ? verb : -1;
    }

    /** Whether a verb's subject makes or adopts a document ("signed", "agreed"): lex:documentMakingLemmas. */
    private boolean makesDocuments(DependencyTree tree, int verb) {
        return documentMakingLemmas.contains(tree.lemma(verb).toLowerCase(java.util.Locale.ROOT));
    }

    /** The documents of this list whose family is the type's (letters of all kinds are one). */
    private List<DocumentFact.Builder> ofFamily(List<DocumentFact.Builder> docs, String type) {
        return docs.stream().filter(doc -> kinds.family(doc.type()).equals(kinds.family(type))).toList();
    }

    /** The role of a document's makers: issuer for the kinds the ontology says are issued, else signatory. */
    private Role makerRole(String type) {
        return kinds.issued(type) ? Role.ISSUER : Role.SIGNATORY;
    }

    /**
     * "sent the Council a joint letter": the first object of a verb that makes a document,
     * before the document noun, is its addressee. Completes the document a clause of the
     * sentence introduced with that noun.
     *
     * @param introduced the documents the clause reading introduced in this sentence
     */
    private void indirectObjects(SentenceContext s, DependencyTree tree, List<DocumentFact.Builder> introduced) {
        AnalysedSentence a = s.sentence();
        for (int noun = 0; noun < a.size(); noun++) {
            PhraseMatcher.Match m = docNounAt(a, noun);
            int verb = makingVerbOf(tree, m);
            if (verb < 0) {
                continue;
            }
            List<Actor> addressees = new ArrayList<>();
            for (int k : tree.children(verb)) {
                if (k > verb && k < noun && (tree.is(k, "dobj") || tree.is(k, "dative"))) {
                    int[] span = tree.span(k);
                    addNamed(a, span[0], span[1], addressees);
                }
            }
            for (DocumentFact.Builder doc : ofFamily(introduced, nounType.get(m.list()))) {
                for (Actor x : addressees) {
                    if (!doc.has(x, Role.SIGNATORY)) {
                        doc.add(x, Role.ADDRESSEE, s.prov("document-indirect-object", s.text(verb, m.to())));
                    }
                }
            }
        }
    }

    /**
     * The actors a subject names: the members it lists in apposition ("the five governments,
     * the US, ... and New Zealand") when it lists any, else the names inside it.
     */
    private static List<Actor> namedIn(AnalysedSentence a, DependencyTree tree, int subject) {
        List<Actor> listed = new ArrayList<>();
        for (int appos : tree.children(subject, Set.of("appos"))) {
            int[] span = tree.span(appos);
            addNamed(a, span[0], span[1], listed);
        }
        if (!listed.isEmpty()) {
            return listed;
        }
        int[] span = tree.span(subject);
        addNamed(a, span[0], span[1], listed);
        return listed;
    }

    /** The actors named after "to" on a verb: "sent to Acme chief executive Jane Roe". */
    private List<Actor> addressedIn(AnalysedSentence a, DependencyTree tree, int verb) {
        List<Actor> named = new ArrayList<>();
        for (int prep : tree.children(verb, Set.of("prep", "dative"))) {
            int object = tree.child(prep, "pobj");
            if (object < 0 || !to.matches(a.token(prep))) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(object));
            heads.addAll(tree.conjuncts(object));
            for (int head : heads) {
                addNamed(a, head, head + 1, named); // the head's name: not the firm of "Acme chief executive Jane Roe"
            }
        }
        return named;
    }

    private static void addNamed(AnalysedSentence a, int from, int to, List<Actor> out) {
        for (int k = from; k < to; k++) {
            Mention m = a.mentionAt(k);
            if (m == null) {
                continue;
            }
            Mention w = AgentResolver.outer(m);
            if (w.actor() != null && !w.isDemonym() && !out.contains(w.actor())) {
                out.add(w.actor());
            }
            k = Math.max(k, w.to - 1);
        }
    }

    /** The one date written inside a clause (a bare year only when there is nothing finer), or null. */
    private static DateValue dateWithin(SentenceContext s, DependencyTree tree, int verb) {
        DateValue best = null;
        for (DateMention dm : s.dates()) {
            if (!tree.dominates(verb, dm.from())) {
                continue;
            }
            if (best == null || best.iso().length() < dm.value().iso().length()) {
                best = dm.value();
            }
        }
        return best;
    }

    /**
     * "X, Y and Z were among the states that backed a declaration": a relative clause after
     * "among" and a noun of a group is done by the subject of the clause it hangs from; that
     * subject's agent, or null.
     */
    private Agent amongAntecedent(SentenceContext s, Clause c, Agent agent, Map<Clause, Agent> agents) {
        if (c.kind() != Clause.Kind.RELATIVE || agent.hasActors() || c.parent() == null) {
            return null;
        }
        Agent parent = agents.get(c.parent());
        if (parent == null || !parent.hasActors()) {
            return null;
        }
        AnalysedSentence a = s.sentence();
        int end = Math.min(c.parent().windowTo(), c.from());
        for (int i = c.parent().predFrom(); i + 1 < end; i++) {
            if (amongWords.matches(a.token(i)) && groupNouns.contains(a.token(end - 1).lower()) && end - i <= 4) {
                return parent;
            }
        }
        return null;
    }

    /** Gives the clause (and the clauses that share its subject) the document it made. */
    private static void bind(Map<Clause, Agent> agents, Clause c, Agent agent, DocumentFact.Builder doc) {
        Agent bound = agent.withDocument(doc);
        for (Clause k : c.all()) {
            if (agents.get(k) == agent || k == c) {
                agents.put(k, bound);
            }
        }
    }

    // ---- a new document

    private DocumentFact.Builder introduce(SentenceContext s, Clause c, Agent agent, Discourse d, DocumentMemory memory) {
        AnalysedSentence a = s.sentence();
        Noun noun = noun(s, c);
        String type = noun != null ? noun.type() : null;
        List<Actor> issuers = agent.actors();
        int verb = c.predFrom();
        String rule = "document-noun";
        List<Actor> sayers = noun != null ? makersInWhich(s, noun.to()) : List.of();
        if (noun != null && noun.to() + 1 < a.size() && makerPrepositions.matches(a.token(noun.to()))) {
            issuers = list(s, noun.to() + 1, a.size());
        } else if (!sayers.isEmpty()) {
            issuers = sayers;
        } else if (noun != null && noun.from() > 0 && a.token(noun.from() - 1).isPossessive()) {
            Mention owner = a.mentionAt(noun.from() - 2);
            if (owner != null && AgentResolver.outer(owner).actor() != null && !AgentResolver.outer(owner).isDemonym()) {
                issuers = List.of(AgentResolver.outer(owner).actor());
            }
        }
        if (E2K.Ruling.getLocalName().equals(type) && issuers == agent.actors() && !frontedIndefinite(a, c, noun)) {
            // "the dispute ended not with a ruling": a decision is the subject's only when the sentence
            // says whose it is ("a ruling by", "the court's ruling", "In a ruling on ..., the court said")
            noun = null;
            type = null;
        }
        if (type == null) {
            // "The statement was published by the Home Office"; "A joint letter signed by X and Y was sent"
            Noun subject = subjectNoun(s, c);
            int by = subject != null ? publishedBy(s.sentence(), subject.to(), c.windowTo()) : -1;
            if (by >= 0) {
                noun = subject;
                type = subject.type();
                issuers = list(s, by + 1, afterColon(s.sentence(), by, c.to()));
                rule = "document-passive";
            } else if (subject != null && publishedHere(s, c)) {
                // "The statement was published on Sunday. It was signed by ...": its makers may come later
                noun = subject;
                type = subject.type();
                rule = "document-published";
            }
        }
        if (type == null) {
            type = verbType(s, c, agent);
            rule = "document-verb";
        }
        if (type == null) {
            return null;
        }
        if (type.equals("Report") && !issuers.isEmpty() && "MediaOutlet".equals(issuers.get(0).type())) {
            return null; // a news outlet's report: see newsReports
        }
        boolean titled = noun != null && a.inLaw(noun.from()) && kinds.signed(type); // its signers may come later
        if (issuers.isEmpty() && !agent.group() && !rule.equals("document-published") && !type.equals("Letter")
                && !type.equals("OpenLetter") && !type.equals("Petition") && !titled) {
            return null;
        }
        DateValue date = date(s, c, noun);
        if (date == null) {
            date = anchoredDate(s, c, memory);
        }
        if (date == null) {
            date = labelDate(s);
        }
        if (type.equals("PublicStatement") && noun == null && date == null) {
            return null;
        }
        DocumentFact.Builder doc = new DocumentFact.Builder(type, rule);
        if (noun != null && pollNouns.at(a.tokens(), noun.from()) != null) {
            doc.poll();
        }
        doc.date(date);
        doc.evidence(s.span());
        Role role = makerRole(type);
        for (Actor x : issuers) {
            doc.add(x, role, s.prov(rule, s.text(verb, Math.min(c.windowTo(), verb + 4))));
        }
        addressees(s, c, doc, d);
        if (noun != null && noun.to() < c.subjFrom()) {
            frontedAddressees(s, noun.to(), c.subjFrom(), doc, d);
        } else if (noun != null && noun.from() >= c.subjFrom() && noun.to() < c.predFrom()) {
            // "The joint letter, published on Tuesday and addressed to members of the Riksdag, was ..."
            frontedAddressees(s, noun.to(), c.predFrom(), doc, d);
        }
        if (doc.actors(Role.ADDRESSEE).isEmpty() && replyVerbs.matches(a.token(verb))) {
            replyTo(s, doc, issuers, d, a.token(verb).text());
        }
        leaders(s, c, doc, role);
        coSignatories(s, c, doc, role);
        count(s, c, doc);
        DocumentFact.Builder same = sameAs(doc, d);
        if (same != null) {
            same.merge(doc);
            return same;
        }
        return doc;
    }

    /** Whether the token is a common noun in lower case outside any name: "position" of "a position statement". */
    private static boolean commonNoun(AnalysedSentence a, int k) {
        return a.pos(k).equals("NOUN") && a.mentionAt(k) == null && a.token(k).text().equals(a.token(k).lower());
    }

    /** Whether the noun comes before the clause's subject after an indefinite article and adjectives: "In a landmark ruling, ...". */
    private boolean frontedIndefinite(AnalysedSentence a, Clause c, Noun noun) {
        if (noun.to() > c.subjFrom()) {
            return false;
        }
        int k = noun.from() - 1;
        while (k > 0 && a.pos(k).equals("ADJ")) {
            k--;
        }
        return k >= 0 && indefiniteArticles.matches(a.token(k));
    }

    /** A document noun that the clause introduces: indefinite ("an open letter"), bare plural, or the subject's own ("its statement"). */
    private Noun noun(SentenceContext s, Clause c) {
        AnalysedSentence a = s.sentence();
        List<int[]> ranges = new ArrayList<>();
        for (Clause.Range p : c.parentheticals()) {
            if (p.to() <= c.subjFrom() || c.kind() == Clause.Kind.MAIN && p.from() < c.predFrom()) {
                ranges.add(new int[] {p.from(), p.to()});
            }
        }
        ranges.add(new int[] {c.predFrom(), c.windowTo()});
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                if (a.mentionAt(i) != null) {
                    continue;
                }
                PhraseMatcher.Match m = docNouns.at(a.tokens(), i);
                if (m == null || m.to() - m.from() == 1 && !a.pos(i).equals("NOUN") && !a.pos(i).equals("PROPN")) {
                    continue;
                }
                // "a short Global Encryption Day Statement": a document named by a title that ends in its noun
                int[] title = a.lawAt(i);
                int start = title != null && title[1] == m.to() ? title[0] : i;
                Token before = start > 0 ? a.token(start - 1) : null;
                i = start;
                boolean indefinite = before == null || introducingDeterminers.matches(before)
                        || before.isPossessive() || (pluralEndings.endsOneOf(a.token(m.to() - 1).text()) && !the.matches(before))
                        || a.pos(i - 1).equals("VERB"); // "published joint guidance"
                if (before != null && documentAdjectives.matches(before) && i > 1) {
                    Token b2 = a.token(i - 2);
                    indefinite = indefiniteArticles.matches(b2);
                } else if (before != null && (a.pos(i - 1).equals("ADJ") || commonNoun(a, i - 1))) {
                    // "a bipartisan letter", "a strongly worded joint statement", "a revised position statement":
                    // the determiner before the adjectives and nouns that modify the document noun
                    int k = i - 1;
                    while (k > 0 && (a.pos(k).equals("ADJ") || a.pos(k).equals("ADV") || commonNoun(a, k))) {
                        k--;
                    }
                    indefinite = introducingDeterminers.matches(a.token(k)) || a.pos(k).equals("VERB"); // "published technical guidance"
                }
                if (indefinite) {
                    return new Noun(i, m.to(), nounType.get(m.list()));
                }
                i = m.to() - 1;
            }
        }
        return null;
    }

    /** The names after "a joint statement on 13 November in which": its makers; none without "in which". */
    private List<Actor> makersInWhich(SentenceContext s, int from) {
        AnalysedSentence a = s.sentence();
        for (int k = from; k + 2 < a.size() && k < from + 6; k++) {
            if (inWhichIn.matches(a.token(k)) && which.matches(a.token(k + 1))) {
                return list(s, k + 2, a.size());
            }
            if (a.token(k).is(",") || a.token(k).is(";")) {
                break;
            }
        }
        return List.of();
    }

    /** A document noun heading the clause's subject, definite or not: "The statement", "A joint letter". */
    private Noun subjectNoun(SentenceContext s, Clause c) {
        AnalysedSentence a = s.sentence();
        for (int i = c.subjFrom(); i < Math.min(c.subjTo(), c.subjFrom() + 4); i++) {
            PhraseMatcher.Match m = docNouns.at(a.tokens(), i);
            // a capitalised noun heads a title: the "Harbour Statement: ..."
            if (m != null && a.mentionAt(i) == null && (a.pos(i).equals("NOUN") || a.pos(i).equals("PROPN") || m.to() - m.from() > 1)) {
                return new Noun(i, m.to(), nounType.get(m.list()));
            }
        }
        return null;
    }

    /**
     * The "by" of a passive verb of publishing or signing between a document noun and the
     * end of its clause's window ("was published by", "signed by"), or -1.
     */
    private int publishedBy(AnalysedSentence a, int from, int to) {
        boolean otherNoun = false;
        boolean aside = false;
        boolean quoted = false;
        for (int i = 0; i < from; i++) {
            quoted ^= a.token(i).isDoubleQuote();
        }
        for (int i = from; i + 1 < Math.min(to, a.size()); i++) {
            if (a.token(i).isDoubleQuote()) {
                quoted = !quoted; // the words of a quoted title are the document's name, not another noun
                continue;
            }
            // "a submission on two standards written by X": the participle is the other noun's, unless set off
            // by a comma ("The Declaration of the Police Chiefs, published by X")
            if (publishing(a.token(i)) && by.matches(a.token(i + 1)) && (!otherNoun || a.token(i - 1).is(","))) {
                return i + 1;
            }
            if (a.token(i).is(",") && (aside || !otherNoun)) {
                // "The statement, published on Sunday, was signed by X": the nouns of an aside set off
                // right after the document noun are not another noun the participle could belong to
                aside = !aside;
                continue;
            }
            otherNoun |= !aside && !quoted && (a.pos(i).equals("NOUN") || a.pos(i).equals("PROPN"));
        }
        return -1;
    }

    /** The kind of act the clause's verb makes, if any. */
    private String verbType(SentenceContext s, Clause c, Agent agent) {
        AnalysedSentence a = s.sentence();
        int v = c.predFrom();
        if (v >= a.size() || c.windowTo() <= v && c.children().isEmpty()) {
            return null;
        }
        int end = Math.min(a.size(), Math.max(c.windowTo(), v + 1));
        for (int i = v; i < Math.min(end, v + 3); i++) {
            PhraseMatcher.Match making = billMakingForms.at(a.tokens(), i);
            if (making != null && proposalObjectAt(a, making.to(), end)) {
                return "Proposal"; // "unveiled the EARN IT Act", "is sponsoring a companion bill"
            }
            if (writeVerbs.at(a.tokens(), i) != null) {
                return "Letter";
            }
            if (writingForms.matches(a.token(i))) {
                return "Letter";
            }
            if (proposeVerbs.at(a.tokens(), i) != null && hasNoun(s, c, "Proposal")) {
                return "Proposal";
            }
            if (voteVerbs.at(a.tokens(), i) != null) {
                return "Vote";
            }
            if (recommendVerbs.at(a.tokens(), i) != null) {
                return "Recommendation";
            }
            if (announceVerbs.at(a.tokens(), i) != null) {
                return "Announcement";
            }
            if (handVerbs.at(a.tokens(), i) != null && hasNoun(s, c, "Petition")) {
                return "Petition";
            }
            PhraseMatcher.Match court = courtVerbs.at(a.tokens(), i);
            if (court != null && (suingStems.beginsOneOf(a.token(i).lower()) || courtAhead(a, i, end) || hasNoun(s, c, "CourtSubmission"))) {
                return "CourtSubmission";
            }
            PhraseMatcher.Match sv = statementVerbs.at(a.tokens(), i);
            if (sv != null) {
                return saying(s, c, sv);
            }
            String w = a.token(i).lower();
            boolean auxiliary = a.pos(i).equals("AUX") || a.pos(i).equals("ADV") || auxiliaryVerbs.contains(w);
            if (!auxiliary) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether a bill or an amendment is the object that starts at {@code k}, after determiners
     * and adjectives: the name of a law ("the EARN IT Act") or a proposal noun ("a companion bill").
     */
    private boolean proposalObjectAt(AnalysedSentence a, int k, int end) {
        for (int i = k; i < Math.min(end, k + 4); i++) {
            if (a.lawAt(i) != null || billPartNouns.matches(a.token(i))) {
                return true;
            }
            PhraseMatcher.Match noun = docNouns.at(a.tokens(), i);
            if (noun != null) {
                return "Proposal".equals(nounType.get(noun.list()));
            }
            if (!a.pos(i).equals("DET") && !a.pos(i).equals("ADJ") && !a.pos(i).equals("NUM")) {
                return false;
            }
        }
        return false;
    }

    /** "has taken the Indian government to the Delhi High Court": a court is named ahead. */
    private boolean courtAhead(AnalysedSentence a, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            Mention m = a.mentionAt(k);
            if (m != null && AgentResolver.outer(m).actor() != null && "Court".equals(AgentResolver.outer(m).actor().type())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNoun(SentenceContext s, Clause c, String type) {
        for (int i = c.predFrom(); i < Math.min(s.sentence().size(), c.to()); i++) {
            PhraseMatcher.Match m = docNouns.at(s.sentence().tokens(), i);
            if (m != null && nounType.get(m.list()).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** "told the BBC" is an interview, "told the Court of Appeal" a submission, "told Congress" testimony; else a statement. */
    private String saying(SentenceContext s, Clause c, PhraseMatcher.Match verb) {
        AnalysedSentence a = s.sentence();
        if (tellingForms.matches(a.token(verb.from()))) {
            int k = verb.to();
            while (k < a.size() && (outletDescriptors.matches(a.token(k)) || a.pos(k).equals("ADJ"))) {
                k++;
            }
            Mention m = k < a.size() ? a.mentionAt(k) : null;
            if (m != null && AgentResolver.outer(m).actor() != null) {
                String type = AgentResolver.outer(m).actor().type();
                return switch (type) {
                    case "MediaOutlet" -> "Interview";
                    case "Court" -> "CourtSubmission";
                    case "Legislature", "Committee" -> "Testimony";
                    default -> "PublicStatement";
                };
            }
            if (k < a.size() && groupNouns.contains(a.token(k).lower())) {
                return "Testimony";
            }
        }
        return "PublicStatement";
    }

    private DateValue date(SentenceContext s, Clause c, Noun noun) {
        DateValue best = null;
        for (DateMention dm : s.dates()) {
            boolean lead = dm.from() < Math.max(c.subjFrom(), c.from() + 1) && c.kind() == Clause.Kind.MAIN;
            boolean inParen = c.inParenthetical(dm.from());
            boolean dated = dm.from() > 0 && this.dated.matches(s.sentence().token(dm.from() - 1));
            boolean inWindow = dm.from() >= c.predFrom() && dm.from() < c.windowTo() && !inRelative(c, dm.from());
            boolean participleParen = inParen && dm.from() >= 2 && publishing(s.sentence().token(dm.from() - 2));
            boolean parenLead = inParen && (dated || participleParen || c.kind() == Clause.Kind.MAIN && dm.from() < c.subjFrom() + 1);
            boolean parenAfterSubject = inParen && dm.from() < c.predFrom() && dm.from() > c.subjFrom() && dated;
            if (lead || inWindow || parenLead || parenAfterSubject || dated && noun != null) {
                if (best == null || dm.value().iso().length() > best.iso().length() && !dm.yearOnly()) {
                    if (!(dm.yearOnly() && best != null)) {
                        best = dm.value();
                    }
                }
            }
        }
        // "The exchange began on 30 August, when the group sent a letter": the time of the when-clause
        if (best == null && c.kind() == Clause.Kind.COORDINATE && c.parent() != null && c.from() > 0
                && when.matches(s.sentence().token(c.from() - 1))) {
            return date(s, c.parent(), noun);
        }
        return best;
    }

    /**
     * "Alongside the briefing, the agency published guidance": a main clause fronted by a
     * preposition of simultaneity and a definite noun phrase takes the date of the last
     * sentence that named that phrase's head noun with one date; null when there is none.
     */
    private DateValue anchoredDate(SentenceContext s, Clause c, DocumentMemory memory) {
        AnalysedSentence a = s.sentence();
        int from = c.from();
        if (c.kind() != Clause.Kind.MAIN || from + 2 >= c.subjFrom() || !simultaneity.matches(a.token(from))
                || !the.matches(a.token(from + 1))) {
            return null;
        }
        int head = -1;
        for (int k = from + 2; k < c.subjFrom() && !a.token(k).is(","); k++) {
            head = a.pos(k).equals("NOUN") ? k : head;
        }
        return head >= 0 ? memory.dateOf(a.token(head).lower()) : null;
    }

    /**
     * "- 11 November: a group of MEPs writes to ...", "Update, December 18: the agency has
     * issued ...": a date that opens a sentence as its label, before a colon, dates what the
     * sentence tells; null when the sentence opens otherwise.
     */
    private static DateValue labelDate(SentenceContext s) {
        AnalysedSentence a = s.sentence();
        for (DateMention dm : s.dates()) {
            if (dm.from() <= LABEL_DATE_START && dm.to() < a.size() && a.token(dm.to()).is(":")) {
                return dm.value();
            }
        }
        return null;
    }

    /** A sentence with exactly one date (not a bare year) dates every common noun it names. */
    private static void rememberEventDates(SentenceContext s, DocumentMemory memory) {
        DateValue only = null;
        for (DateMention dm : s.dates()) {
            if (dm.yearOnly() || only != null && !only.equals(dm.value())) {
                return;
            }
            only = dm.value();
        }
        if (only == null) {
            return;
        }
        AnalysedSentence a = s.sentence();
        for (int k = 0; k < a.size(); k++) {
            if (a.pos(k).equals("NOUN")) {
                memory.dated(a.token(k).lower(), only);
            }
        }
    }

    /** Whether the clause's predicate is a verb of publishing, without its maker: "was published on Sunday". */
    private boolean publishedHere(SentenceContext s, Clause c) {
        AnalysedSentence a = s.sentence();
        for (int i = c.predFrom(); i < Math.min(c.predFrom() + 3, c.windowTo()); i++) {
            if (publishing(a.token(i))) {
                return publishedBy(a, i, c.windowTo()) < 0;
            }
        }
        // "The joint letter, published on Tuesday and addressed to ..., was coordinated by ..."
        for (Clause.Range p : c.parentheticals()) {
            int first = p.from();
            while (first < p.to() && !a.token(first).isWord()) {
                first++;
            }
            if (p.from() >= c.subjFrom() && p.to() <= c.predFrom() && first < p.to()
                    && (publishing(a.token(first)) || addressingWords.matches(a.token(first)))) {
                return true;
            }
        }
        return false;
    }

    private boolean publishing(Token t) {
        return publishingForms.matches(t);
    }

    private static boolean inRelative(Clause c, int i) {
        for (Clause k : c.children()) {
            if (k.kind() == Clause.Kind.RELATIVE && i >= k.from() && i < k.to()) {
                return true;
            }
        }
        return false;
    }

    // ---- participants

    private void addressees(SentenceContext s, Clause c, DocumentFact.Builder doc, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (Clause k : c.all()) {
            if (k != c && k.kind() != Clause.Kind.PARTICIPIAL) {
                continue;
            }
            for (int i = k.predFrom(); i < k.windowTo(); i++) {
                Token t = a.token(i);
                boolean to = this.to.matches(t) && i > k.predFrom() && (addressingWords.matches(a.token(i - 1))
                        || doc.type().equals("CourtSubmission") && courtAhead(a, i - 1, i + 4)
                        || docNouns.at(a.tokens(), i - 1) != null);
                boolean ask = addressingVerbs.matches(t);
                if (!to && !ask) {
                    continue;
                }
                List<Actor> targets = objects(s, i + 1, k.windowTo(), d, doc);
                for (Actor x : targets) {
                    doc.add(x, Role.ADDRESSEE, s.prov("document-addressee", t.text()));
                }
            }
        }
    }

    /**
     * "In a joint letter sent Tuesday and addressed to the health minister, the
     * groups wrote ...": addressees named between a fronted document noun and the
     * subject of the clause.
     */
    private void frontedAddressees(SentenceContext s, int from, int to, DocumentFact.Builder doc, Discourse d) {
        AnalysedSentence a = s.sentence();
        for (int i = from + 1; i < to; i++) {
            if (this.to.matches(a.token(i)) && addressingWords.matches(a.token(i - 1))) {
                for (Actor x : objects(s, i + 1, to, d, doc)) {
                    doc.add(x, Role.ADDRESSEE, s.prov("document-addressee", a.token(i).text()));
                }
            }
        }
    }

    /**
     * "Quill replied on 18 March, in a letter": a reply is addressed to the signatories of
     * the last document its makers received. Nothing when they received none.
     */
    private static void replyTo(SentenceContext s, DocumentFact.Builder doc, List<Actor> makers, Discourse d, String cue) {
        List<DocumentFact.Builder> earlier = d.documents();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            DocumentFact.Builder received = earlier.get(i);
            if (received != doc && makers.stream().anyMatch(m -> received.has(m, Role.ADDRESSEE))) {
                for (Actor x : received.actors(Role.SIGNATORY)) {
                    doc.add(x, Role.ADDRESSEE, s.prov("document-reply", cue));
                }
                return;
            }
        }
    }

    /** The actors named right after position i: "Acme CEO John Doe" gives John Doe; "him" the last addressee. */
    private List<Actor> objects(SentenceContext s, int i, int end, Discourse d, DocumentFact.Builder doc) {
        AnalysedSentence a = s.sentence();
        List<Actor> out = new ArrayList<>();
        int k = i;
        while (k < end) {
            Token t = a.token(k);
            String members = memberNouns.get(t.lower());
            if (members != null && d.byName(members) != null) {
                out.add(d.byName(members)); // "wrote to every senator": the Senate
                break;
            }
            RoleTitle r = a.roleAt(k);
            if (r != null) {
                k = Math.max(k + 1, r.nameFrom(a));
                continue;
            }
            Mention m = a.mentionAt(k);
            if (m != null) {
                Mention w = AgentResolver.outer(m);
                boolean titleOrg = false;
                for (RoleTitle rt : a.roles()) {
                    if (rt.org() != null && AgentResolver.outer(rt.org()) == w && rt.to() < end && a.mentionAt(rt.to()) != null) {
                        titleOrg = true;
                    }
                }
                if (!titleOrg && w.actor() != null && !w.isDemonym()) {
                    out.add(w.actor());
                }
                k = w.to;
                continue;
            }
            if (personalObjectPronouns.matches(t)) {
                List<Actor> prev = doc.actors(Role.ADDRESSEE);
                if (!prev.isEmpty()) {
                    out.add(prev.get(prev.size() - 1));
                } else if (d.lastPerson() != null) {
                    out.add(d.lastPerson());
                }
                break;
            }
            if (governmentAddressees.matches(t)) {
                if (d.focusCountry() != null) {
                    out.add(d.focusCountry());
                }
                break;
            }
            // "wrote to every senator": the Senate, when the article names it
            String body = memberNouns.get(t.lower());
            if (body != null) {
                Actor b = d.byName(body);
                if (b != null) {
                    out.add(b);
                }
                break;
            }
            if (addresseeDeterminers.matches(t)) {
                k++;
                continue;
            }
            if (bodyMemberHeads.matches(t) && k + 2 < end && ofWords.matches(a.token(k + 1))) {
                k += 2; // "to members of the Riksdag": the Riksdag
                continue;
            }
            int named = afterModifiers(a, k, end);
            if (named > k) {
                k = named; // "the newly appointed Privacy Commissioner"
                continue;
            }
            if (t.is(",") || addresseeListWords.matches(t)) {
                if (t.is(",") && !out.isEmpty() && !(k + 1 < end && a.mentionAt(k + 1) != null)) {
                    break;
                }
                k++;
                continue;
            }
            break;
        }
        return out;
    }

    /**
     * "published a letter, dated December 9 and signed by A and B, addressed to C and D": the
     * names after "by" of a participle of signing or publishing that hangs from the document
     * noun (or is coordinated with one that does) sign it, and those after "to" of such a
     * participle are its addressees. Merged into the document the sentence introduced, if any.
     */
    private void passiveParticiples(SentenceContext s, DependencyTree tree, Discourse d, PhraseMatcher.Match m, int head) {
        AnalysedSentence a = s.sentence();
        List<Integer> participles = new ArrayList<>();
        for (int verb : tree.children(head, Set.of("acl"))) {
            participles.add(verb);
            participles.addAll(tree.conjuncts(verb));
        }
        if (tree.is(head, "dobj") && tree.head(head) >= 0) {
            // "published a letter, ..., addressed to X": the participle the parser coordinated with the verb
            for (int verb : tree.conjuncts(tree.head(head))) {
                if (tree.child(verb, "nsubj") < 0 && addressingWords.matches(a.token(verb))) {
                    participles.add(verb);
                }
            }
        }
        List<Actor> makers = new ArrayList<>();
        List<Actor> addressees = new ArrayList<>();
        DateValue date = null;
        for (int verb : participles) {
            if (dated.matches(a.token(verb))) {
                date = dateWithin(s, tree, verb); // "dated December 9"
                continue;
            }
            if (!publishing(a.token(verb)) && !addressingWords.matches(a.token(verb))) {
                continue;
            }
            int agent = tree.child(verb, "agent");
            int object = agent >= 0 ? tree.child(agent, "pobj") : -1;
            if (object >= 0) {
                List<Integer> heads = new ArrayList<>(List.of(object));
                heads.addAll(tree.conjuncts(object));
                for (int name : heads) {
                    addNamed(a, name, name + 1, makers); // the name, not the firm of "WhatsApp head Will Cathcart"
                }
            }
            addressees.addAll(addressedIn(a, tree, verb));
            date = date != null ? date : dateWithin(s, tree, verb);
        }
        if (makers.isEmpty()) {
            return;
        }
        String type = nounType.get(m.list());
        DocumentFact.Builder doc = new DocumentFact.Builder(type, "document-participle");
        doc.date(date != null ? date : labelDate(s));
        doc.evidence(s.span());
        for (Actor x : makers) {
            doc.add(x, makerRole(type), s.prov("document-participle", s.text(head, Math.min(a.size(), head + 4))));
        }
        for (Actor x : addressees) {
            if (!doc.has(x, Role.SIGNATORY)) {
                doc.add(x, Role.ADDRESSEE, s.prov("document-participle", s.text(head, Math.min(a.size(), head + 4))));
            }
        }
        DocumentFact.Builder same = sameAs(doc, d);
        if (same != null) {
            same.merge(doc);
        } else if (indefiniteArticles.matches(a.token(tree.span(head)[0]))) {
            d.document(doc);
        } else {
            d.documentInPassing(doc);
        }
    }

    /**
     * Where a title or a name starts after a few modifiers at {@code k} ("newly confirmed",
     * "long-serving"); {@code k} itself when there are none or nothing named follows them.
     */
    private static int afterModifiers(AnalysedSentence a, int k, int end) {
        int i = k;
        while (i < end && i < k + 3 && (a.pos(i).equals("ADV") || a.pos(i).equals("ADJ") || a.pos(i).equals("VERB"))) {
            i++;
        }
        return i > k && i < end && (a.roleAt(i) != null || a.mentionAt(i) != null) ? i : k;
    }

    private void leaders(SentenceContext s, Clause c, DocumentFact.Builder doc, Role role) {
        AnalysedSentence a = s.sentence();
        // only in the clause that made the document: not "X, organised by Y, was sent to Z, who introduced the bill"
        boolean main = c.kind() == Clause.Kind.MAIN;
        int from = main ? 0 : c.from();
        int end = main ? a.size() : Math.min(a.size(), c.to());
        for (int i = from; i < end; i++) {
            PhraseMatcher.Match m = leaderCues.at(a.tokens(), i);
            if (m == null) {
                continue;
            }
            if (championCues.contains(m.entry().toLowerCase(java.util.Locale.ROOT))) {
                // "with Jane Roe, then Minister for Harbours, as its champion"
                for (int k = i - 1; k >= 0; k--) {
                    if (with.matches(a.token(k)) && k + 1 < a.size() && a.mentionAt(k + 1) != null) {
                        Mention w = AgentResolver.outer(a.mentionAt(k + 1));
                        if (w.actor() != null) {
                            doc.add(w.actor(), Role.LEADER, s.prov("document-leader", m.entry()));
                        }
                        break;
                    }
                }
                continue;
            }
            for (Actor x : list(s, m.to(), a.size())) {
                doc.add(x, Role.LEADER, s.prov("document-leader", m.entry()));
            }
        }
    }

    /** "including the Wren Trust, Acme, Foomail and the Harbour Agency"; "joined the heads of Acme, ... and Foomail". */
    private void coSignatories(SentenceContext s, Clause c, DocumentFact.Builder doc, Role role) {
        AnalysedSentence a = s.sentence();
        for (int i = c.from(); i < c.to(); i++) {
            Token t = a.token(i);
            int start = -1;
            boolean includes = inclusionVerbs.matches(t);
            if (includes && (c.inParenthetical(i) || i < c.predFrom())) {
                start = i + 1;
            } else if (joiningForms.matches(t) && i >= c.predFrom()) {
                start = i + 1;
                while (start < a.size() && joinedHeadsWords.matches(a.token(start))) {
                    start++;
                }
            }
            PhraseMatcher.Match co = start < 0 ? coAuthorCues.at(a.tokens(), i) : null;
            if (co != null) {
                start = co.to();
            }
            if (start < 0 && with.matches(t) && signedDocumentBefore(a, c, i)) {
                start = i + 1; // "she signed an open letter with X, then ..., and Y"
            }
            if (start > 0) {
                for (Actor x : list(s, start, a.size())) {
                    if (!doc.has(x, Role.LEADER)) {
                        doc.add(x, role, s.prov("document-cosignatory", t.text()));
                    }
                }
            }
        }
    }

    /** Whether a document noun ends right before {@code i}, after "signed" or "wrote" in the clause: "signed an open letter". */
    private boolean signedDocumentBefore(AnalysedSentence a, Clause c, int i) {
        for (int j = Math.max(c.from(), i - 4); j < i; j++) {
            PhraseMatcher.Match noun = docNouns.at(a.tokens(), j);
            if (noun != null && noun.to() == i) {
                for (int v = c.from(); v < j; v++) {
                    if (signingForms.matches(a.token(v)) || writingForms.matches(a.token(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A list of names from position i: "X, Y and Z". */
    private List<Actor> list(SentenceContext s, int i, int end) {
        AnalysedSentence a = s.sentence();
        List<Actor> out = new ArrayList<>();
        int k = countedBefore(a, i, end);
        while (k < end) {
            RoleTitle title = a.roleAt(k);
            if (title != null && title.nameFrom(a) < end && a.mentionAt(title.nameFrom(a)) != null) {
                // "together with Security Minister Jane Roe", "US Attorney General Jane Roe": the title before a name
                k = title.nameFrom(a);
                continue;
            }
            Mention m = a.mentionAt(k);
            if (m != null) {
                Mention w = AgentResolver.outer(m);
                boolean modifier = w.possessive() && w.to + 1 < end && a.mentionAt(w.to + 1) != null;
                if (w.actor() != null && !w.isDemonym() && !modifier && !out.contains(w.actor())) {
                    out.add(w.actor());
                }
                k = modifier ? w.to + 1 : w.to;
                continue;
            }
            Token t = a.token(k);
            int behind = actingFor(a, k, end);
            if (behind > k) {
                k = behind; // "and the security agencies of Chile and Peru"
                continue;
            }
            int described = afterDescriptor(a, k, end);
            if (described > k) {
                k = described; // "browser maker Mozilla, email providers Proton and Tuta"
                continue;
            }
            if ((t.is(",") || t.is(";")) && !out.isEmpty() && k + 1 < end) {
                int after = afterAside(a, k + 1, end);
                if (after > k + 1) {
                    k = after;
                    continue;
                }
            }
            if (nameListWords.matches(t) || t.is(",") || t.is(";") || t.is("(") || t.is(")")
                    || a.token(k).isAcronym()) {
                if ((t.is(",") || t.is(";")) && k + 1 < end && a.mentionAt(k + 1) == null && !nameListWords.matches(a.token(k + 1))
                        && afterDescriptor(a, k + 1, end) == k + 1) {
                    break;
                }
                k++;
                continue;
            }
            break;
        }
        return out;
    }

    /**
     * Where a name starts after a short descriptor in lower case at {@code k} ("browser maker
     * Mozilla", "the civil liberties group Statewatch"); {@code k} itself when no name follows
     * a descriptor of up to four nouns and adjectives.
     */
    private int afterDescriptor(AnalysedSentence a, int k, int end) {
        int i = k;
        while (i < end && i < k + 5 && a.mentionAt(i) == null && a.token(i).isWord()
                && a.token(i).lower().equals(a.token(i).text())
                && (a.pos(i).equals("NOUN") || a.pos(i).equals("ADJ") || a.pos(i).equals("DET") && i == k
                    || a.pos(i).equals("VERB") && gerundEndings.endsOneOf(a.token(i).lower()))) {
            i++;
        }
        return i > k && i < end && a.mentionAt(i) != null && !(i == k + 1 && a.pos(k).equals("DET")) ? i : k;
    }

    /** The end of a clause, or of the sentence when a colon at the clause's end opens a list ("signed by 15 companies:"). */
    private static int afterColon(AnalysedSentence a, int from, int to) {
        for (int k = from; k <= to && k < a.size(); k++) {
            if (a.token(k).is(":")) {
                return a.size();
            }
        }
        return to;
    }

    /**
     * "signed by 15 companies: A, B and C": a count of those named and a colon before the list;
     * the position after the colon, or {@code i} when the list starts at once.
     */
    private static int countedBefore(AnalysedSentence a, int i, int end) {
        for (int k = i; k < Math.min(end - 1, i + 5); k++) {
            if (a.token(k).is(":")) {
                return k > i ? k + 1 : i;
            }
            String pos = a.pos(k);
            if (a.mentionAt(k) != null || !(pos.equals("NUM") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("ADV"))) {
                return i;
            }
        }
        return i;
    }

    /**
     * "the security agencies of Chile and Peru", "counterparts from Ghana": a noun of those
     * who act for a body (with up to two words before it), then "from" or "of" and a name; the
     * position of that name, or {@code k} when there is none.
     */
    private int actingFor(AnalysedSentence a, int k, int end) {
        for (int j = k; j < Math.min(end - 2, k + 3); j++) {
            String w = a.token(j).lower();
            boolean acting = spokesNouns.contains(w) || pluralEndings.endsOneOf(w) && spokesNouns.contains(w.substring(0, w.length() - 1));
            if (acting && spokesPrepositions.matches(a.token(j + 1)) && a.mentionAt(j + 2) != null) {
                return j + 2;
            }
            if (a.mentionAt(j) != null || a.token(j).is(",")) {
                break;
            }
        }
        return k;
    }

    /**
     * Where a list goes on after the title of its last name ("Will Cathcart, head of WhatsApp
     * at Acme; Jane Roe, ..."), and after a relative clause on that title's
     * organisation up to a semicolon ("director of the Foundation, which runs Session; ...");
     * {@code from} when no title starts there.
     */
    private int afterAside(AnalysedSentence a, int from, int end) {
        if (from + 1 < end && roleTemporal.matches(a.token(from))) {
            from++; // "X, then the Attorney General, and Y"
        }
        RoleTitle title = null;
        for (RoleTitle r : a.roles()) {
            if ((r.from() == from || r.from() == from + 1 && the.matches(a.token(from)))
                    && (title == null || r.to() > title.to())) {
                title = r; // the longest: "the justice minister", not "the justice"
            }
        }
        if (title == null) {
            return from;
        }
        int k = Math.min(title.to(), end);
        // "head of Foomail at Barco": the organisation the title did not take in
        while (k + 1 < end && titleOrganisationPrepositions.matches(a.token(k))) {
            int n = the.matches(a.token(k + 1)) ? k + 2 : k + 1;
            Mention org = n < end ? a.mentionStartingAt(n) : null;
            if (org == null || org.kind() == ActorKind.PERSON) {
                break;
            }
            k = Math.min(org.to, end);
        }
        if (k + 1 < end && a.token(k).is(",") && relativeAfterComma.matches(a.token(k + 1))) {
            while (k < end && !a.token(k).is(";")) {
                k++;
            }
        }
        return k;
    }

    private void count(SentenceContext s, Clause c, DocumentFact.Builder doc) {
        AnalysedSentence a = s.sentence();
        for (int i = c.from(); i + 1 < c.to(); i++) {
            if (a.token(i).isNumber() && signatoryNouns.matches(a.token(i + 1))) {
                try {
                    doc.signatoryCount(Integer.parseInt(a.token(i).text().replace(",", "")));
                } catch (NumberFormatException e) {
                    // not a count
                }
            }
        }
    }

    // ---- a document met again

    /** "The letter, dated May 2, has been signed by 57 signatories"; "This effort was led by ..."; "The letter then went to ...". */
    private void update(SentenceContext s, Clause c, DocumentFact.Builder doc, Discourse d, DocumentMemory memory) {
        doc.evidence(s.span());
        DateValue date = date(s, c, null);
        if (date != null && date.hasMonth()) {
            doc.date(date);
        }
        leaders(s, c, doc, Role.SIGNATORY);
        count(s, c, doc);
        AnalysedSentence a = s.sentence();
        // from the clause's start: "The letter, published on 18 April and addressed to ministers, is signed by"
        for (int i = c.from(); i < c.windowTo(); i++) {
            Token t = a.token(i);
            if ((to.matches(t) && i > 0 && forwardingVerbs.matches(a.token(i - 1)))
                    || (to.matches(t) && i > 1
                    && and.matchesAsWritten(a.token(i - 1)) && !to.matches(a.token(i - 2)) && inAddresseeList(a, i))) {
                for (Actor x : objects(s, i + 1, c.windowTo(), d, doc)) {
                    doc.add(x, Role.ADDRESSEE, s.prov("document-addressee", forwardedCue));
                }
            }
            if (by.matches(t) && i > 0 && signingForms.matches(a.token(i - 1))) {
                for (Actor x : list(s, i + 1, c.to())) {
                    doc.add(x, Role.SIGNATORY, s.prov("document-signatory", signedByCue));
                }
                coSignatories(s, c, doc, Role.SIGNATORY); // "It was signed by X and Y, along with Z"
                if (i + 2 == a.size() && a.token(i + 1).is(":")) {
                    memory.signatoryList(doc); // "The letter was signed by:" and a list, one per line
                }
            }
        }
        d.document(doc);
    }

    private boolean inAddresseeList(AnalysedSentence a, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (listContinuingVerbs.matches(a.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What are they asking for?" followed by lines in the imperative ("Halt the rollout ...",
     * "Publish the audit in full ..."): the lines are the demands of the document under
     * discussion. Returns true for a sentence consumed as a demand or as the question.
     */
    private boolean demands(SentenceContext s, Discourse d, DocumentMemory memory) {
        AnalysedSentence a = s.sentence();
        if (a.sentence().question()) {
            boolean asks = false;
            for (int i = 0; i < a.size(); i++) {
                asks |= demandQuestions.contains(a.token(i).lower());
            }
            memory.demandsOf(asks && d.currentDocument() != null ? d.currentDocument() : null);
            return false;
        }
        DocumentFact.Builder doc = memory.demandsOf();
        if (doc == null) {
            return false;
        }
        boolean imperative = a.sentence().heading() && a.size() > 2 && a.pos(0).equals("VERB") && a.token(0).isCapitalized();
        if (!imperative) {
            memory.demandsOf(null);
            return false;
        }
        doc.demandText(s.text(0, a.size()).strip());
        doc.evidence(s.span());
        for (int i = 0; i < a.size(); i++) {
            PhraseMatcher.Match h = haltWords.at(a.tokens(), i);
            if (h != null) {
                for (int k = h.to(); k < Math.min(a.size(), h.to() + 3); k++) {
                    if (rolloutWords.at(a.tokens(), k) != null) {
                        doc.demand(org.w3id.e2eekg.fact.Demand.HaltRollout);
                    }
                }
            }
            PhraseMatcher.Match t = polarity.targetAt(a, i);
            if (t != null && polarity.polarityOf(t.list()) < 0 && polarity.demandOf(t.list()) != null) {
                doc.demand(polarity.demandOf(t.list()));
            }
        }
        return true;
    }

    /**
     * An item of the list after "signed by:" ("- Jane Roe, chief executive of Acme"): the
     * first actor it names signs, and so does the organisation of the title it gives, in whose
     * name the person signs. The list ends at the first sentence that is not an item.
     */
    private void listedSignatories(SentenceContext s, DocumentMemory memory) {
        DocumentFact.Builder doc = memory.signatoryList();
        AnalysedSentence a = s.sentence();
        if (doc == null) {
            return;
        }
        if (a.size() < 2 || !listBullets.matches(a.token(0))) {
            memory.signatoryList(null);
            return;
        }
        for (int i = 1; i < a.size(); i++) {
            Mention m = a.mentionAt(i);
            if (m != null && AgentResolver.outer(m).actor() != null && !AgentResolver.outer(m).isDemonym()) {
                doc.add(AgentResolver.outer(m).actor(), Role.SIGNATORY, s.prov("document-signatory-list", signedByCue));
                break;
            }
        }
        for (RoleTitle title : a.roles()) {
            if (title.org() != null && AgentResolver.outer(title.org()).actor() != null) {
                doc.add(AgentResolver.outer(title.org()).actor(), Role.SIGNATORY,
                        s.prov("document-signatory-list", signedByCue));
            }
        }
        doc.evidence(s.span());
    }

    /** Whether the sentence separates the items of a list by semicolons ("X, professor at Y; Z, ..."). */
    private static boolean listedBySemicolons(AnalysedSentence a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.token(i).is(";")) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Roe ... is among the signatories"; "John Doe is another". */
    private void membership(SentenceContext s, Clause c, Agent agent, Discourse d, DocumentMemory memory) {
        AnalysedSentence a = s.sentence();
        // "Signatories include Bart Preneel, ...; Carmela Troncoso, ...; and Ross Anderson, ..."
        String opening = leadingWords(a, 2);
        if (signatoryListOpenings.contains(opening) && d.currentDocument() != null && !listedBySemicolons(a)) {
            // "Signatories included the ACLU, the Electronic Frontier Foundation (EFF), Access Now and Global Voices"
            signAll(s, d.currentDocument(), list(s, afterLeadingWords(a, 2), a.size()), opening);
            memory.membership();
            return;
        }
        if (signatoryListOpenings.contains(opening) && d.currentDocument() != null) {
            // people each with a post that names organisations: only the people sign
            for (int i = afterLeadingWords(a, 2); i < a.size(); i++) {
                Mention m = a.mentionAt(i);
                if (m != null && AgentResolver.outer(m).actor() != null && AgentResolver.outer(m).kind() == ActorKind.PERSON) {
                    d.currentDocument().add(AgentResolver.outer(m).actor(), Role.SIGNATORY, s.prov("document-membership", opening));
                    i = AgentResolver.outer(m).to - 1;
                }
            }
            memory.membership();
            return;
        }
        // "Among its signatories: the ACLU, PEN America and Access Now"
        String lead = leadingWords(a, 3);
        if (signatoryListLeads.contains(lead) && d.currentDocument() != null && c == s.clauses().get(0)) {
            int start = afterLeadingWords(a, 3);
            while (start < a.size() && (!a.token(start).isWord() || a.pos(start).equals("VERB") || a.pos(start).equals("AUX"))) {
                start++;
            }
            signAll(s, d.currentDocument(), list(s, start, a.size()), lead);
            coSignatories(s, c, d.currentDocument(), Role.SIGNATORY);
            memory.membership();
            return;
        }
        int signers = signersAfterClause(a);
        if (signers >= 0 && d.currentDocument() != null && c == s.clauses().get(0)
                && kinds.signed(d.currentDocument().type())) {
            // "Among those who signed it were X and Y"; "... are the coalition's founders, X and Y"
            signAll(s, d.currentDocument(), firstNamedList(s, signers), lead);
            memory.membership();
            return;
        }
        if (!agent.hasActors() || d.currentDocument() == null || c.kind() != Clause.Kind.MAIN) {
            return;
        }
        String window = s.text(c.predFrom(), c.windowTo()).toLowerCase(java.util.Locale.ROOT);
        boolean member = membershipPhrases.anyMatch(window::contains);
        boolean another = false;
        for (int i = c.predFrom(); i < c.windowTo(); i++) {
            if (ellipsisCues.at(a.tokens(), i) != null) {
                another = true;
            }
        }
        if (member || another && memory.followsMembership()) {
            for (Actor x : agent.actors()) {
                d.currentDocument().add(x, Role.SIGNATORY, s.prov(member ? "document-membership" : "document-ellipsis",
                        member ? membershipCue : ellipsisCue));
            }
            memory.membership();
        }
    }

    /** Adds the actors to the document as signatories, by membership of its list, on the cue given. */
    private static void signAll(SentenceContext s, DocumentFact.Builder doc, List<Actor> actors, String cue) {
        for (Actor x : actors) {
            doc.add(x, Role.SIGNATORY, s.prov("document-membership", cue));
        }
    }

    /**
     * The list of names from {@code from}, or from the first later item of the list that names
     * someone ("the coalition's three founders, X and Y" gives X and Y); empty when none does.
     */
    private List<Actor> firstNamedList(SentenceContext s, int from) {
        AnalysedSentence a = s.sentence();
        for (int k = from; k < a.size(); k++) {
            if (k == from || a.token(k - 1).is(",") || nameListWords.matches(a.token(k - 1))) {
                List<Actor> named = list(s, k, a.size());
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }

    /**
     * Where the names start in "Among those who signed it were X and Y" or "Among those signing
     * are X, Y and Z" (lex:signerClauseLeads): after the first verb "be", when a form of "sign"
     * comes between the lead and it; else -1.
     */
    private int signersAfterClause(AnalysedSentence a) {
        if (!signerClauseLeads.contains(leadingWords(a, 3))) {
            return -1;
        }
        int start = afterLeadingWords(a, 3);
        boolean signing = start > 0 && signingStems.beginsOneOf(a.token(start - 1).lower());
        for (int i = start; i < a.size() && i < start + MAX_SIGNER_CLAUSE; i++) {
            if (a.pos(i).equals("AUX") && copula.matches(a.token(i))) {
                return signing ? i + 1 : -1;
            }
            signing |= signingStems.beginsOneOf(a.token(i).lower());
        }
        return -1;
    }

    /** The first words of a sentence, lower case, counts left out: "Its 237 signatories include" gives "its signatories include". */
    private static String leadingWords(AnalysedSentence a, int words) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < a.size() && taken < words; i++) {
            if (a.token(i).isNumber()) {
                continue;
            }
            out.append(taken == 0 ? "" : " ").append(a.token(i).lower());
            taken++;
        }
        return out.toString();
    }

    /** The position after the first words of a sentence, counts left out (see {@link #leadingWords}). */
    private static int afterLeadingWords(AnalysedSentence a, int words) {
        int taken = 0;
        int i = 0;
        while (i < a.size() && taken < words) {
            if (!a.token(i).isNumber()) {
                taken++;
            }
            i++;
        }
        return i;
    }

    /** "The Daily Courier first reported this." */
    private void reports(SentenceContext s, Clause c, Agent agent, Discourse d) {
        if (agent.actors().size() != 1 || !"MediaOutlet".equals(agent.actors().get(0).type()) || d.currentDocument() == null) {
            return;
        }
        AnalysedSentence a = s.sentence();
        for (int i = c.predFrom(); i < Math.min(c.windowTo(), c.predFrom() + 3); i++) {
            PhraseMatcher.Match m = mediaVerbs.at(a.tokens(), i);
            if (m != null) {
                boolean firstReport = first.beginsOneOf(m.entry()) || (i > 0 && first.matches(a.token(i - 1)));
                d.currentDocument().add(agent.actors().get(0), firstReport ? Role.FIRST_REPORTER : Role.REPORTER,
                        s.prov("report-by-outlet", s.text(Math.max(c.predFrom(), i - 1), m.to())));
                return;
            }
        }
    }

    /**
     * "According to the Courier report", "As per a Daily Courier report on the rise in ...":
     * the last news report the sentence cites, or null; a report of the document under
     * discussion makes the outlet its reporter.
     */
    private DocumentFact.Builder newsReport(SentenceContext s, Discourse d) {
        AnalysedSentence a = s.sentence();
        DocumentFact.Builder cited = null;
        for (int i = 0; i + 1 < a.size(); i++) {
            Mention m = a.mentionAt(i);
            if (m == null) {
                continue;
            }
            Mention w = AgentResolver.outer(m);
            if (w.actor() == null || !"MediaOutlet".equals(w.actor().type()) || w.to >= a.size()) {
                i = w.to - 1;
                continue;
            }
            int k = w.possessive() ? w.to + 1 : w.to;
            if (k < a.size() && newsReportNouns.matches(a.token(k))) {
                boolean on = k + 1 < a.size() && aboutPrepositions.matches(a.token(k + 1));
                if (on) {
                    DocumentFact.Builder report = new DocumentFact.Builder("NewsReport", "news-report");
                    report.add(w.actor(), Role.ISSUER, s.prov("news-report", s.text(w.from, k + 1)));
                    int end = k + 2;
                    while (end < a.size() && !a.token(end).is(",") && !a.token(end).is(".")) {
                        end++;
                    }
                    report.about(s.text(k + 2, end));
                    report.evidence(s.span());
                    d.document(report);
                    cited = report;
                } else if (d.currentDocument() != null) {
                    d.currentDocument().add(w.actor(), Role.REPORTER, s.prov("report-by-outlet", s.text(w.from, k + 1)));
                }
            }
            i = w.to - 1;
        }
        return cited;
    }

    // ---- merging

    private DocumentFact.Builder sameAs(DocumentFact.Builder doc, Discourse d) {
        for (DocumentFact.Builder o : d.documents()) {
            if (!kinds.family(o.type()).equals(kinds.family(doc.type()))) {
                continue;
            }
            boolean overlap = false;
            for (Actor x : doc.signatories().isEmpty() ? doc.actors(Role.ISSUER) : doc.signatories()) {
                overlap |= o.signatories().contains(x) || o.actors(Role.ISSUER).contains(x);
            }
            if (!overlap) {
                continue;
            }
            if (o.date() != null && doc.date() != null && (o.date().iso().startsWith(doc.date().iso())
                    || doc.date().iso().startsWith(o.date().iso()))) {
                return o;
            }
        }
        return null;
    }
}
