package org.w3id.e2eekg.extract.stance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Demand;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The word lists stance composition reads, from {@code ontology/lexicon/composition.ttl} (the
 * governing words, keyed by lemma) and {@code stance.ttl} (the targets: encryption, backdoors,
 * access, decryption, scanning, measures). Built once; immutable and thread-safe after
 * construction.
 */
final class CompositionLexicon {
    /** The target lists, each with the effect its entries have on end-to-end encryption. */
    static final String TOPIC = "topicTerms";
    static final String MEASURE = "measureTerms";
    private static final String[] TARGET_LISTS = {TOPIC, "proxyTopicTerms", "backdoorTerms", "accessTerms", "decryptionTerms", "scanningTerms",
            MEASURE};

    private final Map<String, Integer> governors = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> transparent;
    private final Set<String> joining;
    private final Set<String> pejorative;
    private final Set<String> hedges;
    private final Set<String> people;
    private final Set<String> ownActs;
    private final Set<String> light;
    private final Set<String> events;
    private final Set<String> rollouts;
    private final Set<String> compoundCarriers;
    private final Map<String, Integer> opinions = new HashMap<>();
    private final Set<String> titleLeads;
    private final Set<String> encryptedNouns;
    private final Set<String> demonstratives;
    private final Set<String> refusals;
    private final String refusalCue;
    private final Set<String> measurePronouns;
    private final Set<String> floatingQuantifiers;
    private final Set<String> shelters;
    private final Set<String> sharedActs;
    private final Set<String> partOf;
    private final Set<String> partitive;
    private final Set<String> container;
    private final Set<String> exempting;
    private final WordSet than;
    private final WordSet with;
    private final Set<String> diminishing;
    private final Set<String> among;
    private final Set<String> making;
    private final Set<String> measureComplements;
    private final WordSet and;
    private final WordSet or;
    private final WordSet complementiser;
    private final WordSet to;
    private final WordSet as;
    private final Set<String> weakening;
    private final Set<String> characterising;
    private final Set<String> negators;
    private final Set<String> reporting;
    private final Set<String> factReporting;
    private final Set<String> directive;
    private final Set<String> modals;
    private final Set<String> firstPerson;
    private final Set<String> contested;
    private final Set<String> professed;
    private final Set<String> professedByGovernments;
    private final Set<String> documentTitleNouns;
    private final Set<String> titling;
    private final Set<String> about;
    private final Set<String> nounComplements;
    private final Set<String> conditions;
    private final Set<String> damage;
    private final Map<String, Integer> evaluation = new HashMap<>();
    private final Map<String, Integer> states = new HashMap<>();
    private final Set<String> resultative;
    private final Set<String> introducing;
    private final Set<String> capacity;
    private final Set<String> harmNouns;
    private final PhraseMatcher targets;
    private final Map<String, Integer> listEffect = new HashMap<>();
    private final Map<String, Demand> listDemand = new HashMap<>();

    CompositionLexicon(Lexicon lex) {
        // a word in both lists (a noun of support and a verb of refusal spelled alike) keeps the reversing reading
        lex.lower("proGovernors").forEach(w -> governors.put(w, 1));
        lex.lower("contraGovernors").forEach(w -> governors.put(w, -1));
        transparent = lex.lower("transparentGovernors");
        joining = lex.lower("joiningPrepositions");
        pejorative = lex.lower("pejorativeTerms");
        hedges = lex.lower("hedgeWords");
        ownActs = new java.util.HashSet<>(lex.lower("ownActs"));
        ownActs.addAll(lex.lower("reportingLemmas"));
        ownActs.addAll(lex.lower("directiveLemmas"));
        light = lex.lower("lightVerbs");
        events = lex.lower("eventNouns");
        rollouts = lex.lower("rolloutWords");
        compoundCarriers = lex.lower("compoundCarriers");
        lex.pairs("opinionAdjectives").forEach((w, pol) -> opinions.put(w.toLowerCase(Locale.ROOT), Integer.parseInt(pol)));
        titleLeads = lex.lower("titleLeads");
        encryptedNouns = lex.lower("encryptedNouns");
        demonstratives = lex.lower("demonstrativeDeterminers");
        refusals = lex.lower("refusalPhrases");
        refusalCue = lex.attribute("refusalPhrases", E2K.cueLabel).orElseThrow();
        measurePronouns = lex.lower("measurePronouns");
        floatingQuantifiers = lex.lower("floatingQuantifiers");
        sharedActs = lex.lower("sharedActPairs");
        shelters = lex.lower("shelterPairs");
        partOf = lex.lower("partOfPrepositions");
        partitive = lex.lower("prepositionOf");
        container = lex.lower("containerPrepositions");
        exempting = lex.lower("exemptingPhrases");
        than = WordSet.of(lex, "comparativeConjunctions");
        with = WordSet.of(lex, "prepositionWith");
        diminishing = lex.lower("diminishingDegrees");
        among = lex.lower("amongWords");
        making = lex.lower("makingVerbs");
        measureComplements = lex.lower("measureComplementPrepositions");
        and = WordSet.of(lex, "conjunctionAnd");
        or = WordSet.of(lex, "conjunctionOr");
        complementiser = WordSet.of(lex, "complementiser");
        to = WordSet.of(lex, "prepositionTo");
        as = WordSet.of(lex, "prepositionAs");
        weakening = lex.lower("weakeningModifiers");
        characterising = lex.lower("characterisingVerbs");
        people = new java.util.HashSet<>(lex.lower("spokesNouns"));
        people.addAll(lex.lower("peopleNouns"));
        negators = lex.lower("negators");
        reporting = lex.lower("reportingLemmas");
        factReporting = lex.lower("factReportingLemmas");
        directive = lex.lower("directiveLemmas");
        modals = lex.lower("directiveModals");
        firstPerson = lex.lower("firstPersonPlural");
        contested = lex.lower("contestedClaimVerbs");
        professed = lex.lower("professedSupport");
        professedByGovernments = lex.lower("professedByGovernments");
        documentTitleNouns = lex.lower("documentTitleNouns");
        titling = lex.lower("titlingWords");
        about = lex.lower("aboutPrepositions");
        nounComplements = lex.lower("attitudeNounPrepositions");
        conditions = lex.lower("conditionMarkers");
        damage = lex.lower("damageLemmas");
        lex.lower("harmPredicates").forEach(w -> evaluation.put(w, -1));
        lex.lower("benefitPredicates").forEach(w -> evaluation.put(w, 1));
        lex.lower("harmStates").forEach(w -> states.put(w, -1));
        lex.lower("benefitStates").forEach(w -> states.put(w, 1));
        resultative = lex.lower("resultativeVerbs");
        introducing = lex.lower("introducingVerbs");
        capacity = lex.lower("capacityWords");
        harmNouns = lex.lower("harmNouns");
        targets = lex.phrases(TARGET_LISTS);
        for (String list : List.of("proGovernors", "contraGovernors", "transparentGovernors", "reportingLemmas", "directiveLemmas",
                "damageLemmas", "harmPredicates", "benefitPredicates", "exitLemmas", "ownActs", "lightVerbs",
                "characterisingVerbs", "retreatLemmas", "eventNouns", "harmNouns", "peopleNouns", "spokesNouns")) {
            for (String w : lex.lower(list)) {
                known.add(w.contains(" ") ? w.substring(0, w.indexOf(' ')) : w);
            }
        }
        for (String l : TARGET_LISTS) {
            listEffect.put(l, Integer.parseInt(lex.attribute(l, E2K.polarity).orElse("1")));
            lex.attribute(l, E2K.demandConcept).ifPresent(d -> listDemand.put(l, Demand.valueOf(d)));
        }
    }

    /**
     * The dictionary form of a word as the lists spell it. The parser's lemmatiser leaves some
     * inflected verbs as they are ("represented"), so when its lemma is not a word of the
     * lists, the regular English endings are taken off in turn (-s, -es, -ies, -ed, -d, -ied,
     * -ing, with a doubled final consonant) and the first form the lists know is used.
     */
    String lemma(String parserLemma, String word) {
        String l = parserLemma.toLowerCase(Locale.ROOT);
        if (known.contains(l)) {
            return l;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : deinflections(w)) {
            if (known.contains(c)) {
                return c;
            }
        }
        return l;
    }

    private static List<String> deinflections(String w) {
        List<String> out = new java.util.ArrayList<>();
        out.add(w);
        for (String[] rule : ENDINGS) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 1) {
                String stem = w.substring(0, w.length() - rule[0].length());
                out.add(stem + rule[1]);
                int n = stem.length();
                if (rule[1].isEmpty() && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.add(stem.substring(0, n - 1)); // stopped, banning
                }
            }
        }
        return out;
    }

    private static final String[][] ENDINGS = {
        {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""}, {"ing", ""}, {"ing", "e"}};

    /** +1 or -1 for a governing word or phrase (lemma, or "lemma particle"), or null when the lists do not know it. */
    Integer governor(String key) {
        return governors.get(key.toLowerCase(Locale.ROOT));
    }

    /** A preposition that joins encryption to the way around it: "a backdoor to", "access into". */
    boolean joining(String word) {
        return joining.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words critics use for what they warn against: asserting that something brings surveillance is a warning. */
    boolean pejorative(String phrase) {
        return pejorative.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** Words after ", but" that take a position back: "but only", "but must". */
    boolean hedge(String lemma) {
        return hedges.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Nouns for people, who act rather than being acted on: "MEPs", "officials", "critics". */
    boolean people(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return people.contains(l) || l.endsWith("s") && people.contains(l.substring(0, l.length() - 1));
    }

    /** A preposition after a measure noun that says what the measure is: "the idea of upload moderation". */
    boolean measureComplement(String preposition) {
        return measureComplements.contains(preposition.toLowerCase(Locale.ROOT));
    }

    /** A verb by which its subject makes what its object names: "launched a campaign", "wrote a letter". */
    boolean making(String key) {
        return making.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The preposition of "X was among the groups that ...". */
    boolean among(String word) {
        return among.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word of degree that turns an evaluation round: "less safe", "barely secure". */
    boolean diminishing(String word) {
        return diminishing.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The preposition between a provision and its law: "Part 7 of Bill Q-14". */
    /** The preposition of a part of a whole ("all of them", "each of the groups"): lex:prepositionOf. */
    boolean partitive(String word) {
        return partitive.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean partOf(String word) {
        return partOf.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "with": "filed by X, with Y and Z". */
    boolean with(org.w3id.e2eekg.extract.text.Token t) {
        return with.matchesAsWritten(t);
    }

    /** The conjunction of a comparison: "a year later than it first intended". */
    boolean than(String word) {
        return than.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The preposition between a measure and the law that holds it: "the powers in the bill". */
    /** Whether a verb and its particle set the verb's object apart ("keep out", "leave outside"). */
    boolean exempting(String pair) {
        return exempting.contains(pair.toLowerCase(Locale.ROOT));
    }

    boolean container(String word) {
        return container.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "hide behind", "shelter behind": wrongdoers using the object as cover. */
    boolean shelter(String pair) {
        return shelters.contains(pair.toLowerCase(Locale.ROOT));
    }

    /** A verb with its preposition by which the subject does an act together with its object: "joined X in asking". */
    boolean sharedAct(String pair) {
        return sharedActs.contains(pair.toLowerCase(Locale.ROOT));
    }

    /** A participle after a main clause that is its subject's own act: "urging", "calling", "warning". */
    boolean ownAct(String key) {
        return ownActs.contains(key.toLowerCase(Locale.ROOT));
    }

    /** A verb that only carries its object's meaning: "poses a threat", "creates a risk". */
    boolean light(String key) {
        return light.contains(key.toLowerCase(Locale.ROOT));
    }

    /** A noun that refers back to an act: "the move", "the change", "the decision". */
    boolean event(String lemma) {
        return events.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A noun for bringing a technology in (lex:rolloutWords): "the rollout" refers back to a plan to bring one in too. */
    boolean rollout(String lemma) {
        return rollouts.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A verb that calls its object something: "called it a mistake", "described the plan as surveillance". */
    boolean characterising(String key) {
        return characterising.contains(key.toLowerCase(Locale.ROOT));
    }

    /** Whether a target list names what encryption protects rather than encryption itself. */
    boolean topicProxy(String list) {
        return list.startsWith("proxy");
    }

    /** A noun whose compound modifier is what it is for or against: "encryption plans", "encryption ban". */
    boolean compoundCarrier(String key) {
        return compoundCarriers.contains(key.toLowerCase(Locale.ROOT));
    }

    /** An adjective that names encryption undone: "weaker encryption", "broken encryption". */
    boolean weakening(String lemma) {
        return weakening.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** An adjective of opinion before a noun: "the catastrophic decision" (-1), "a vital protection" (+1). */
    Integer opinion(String lemma) {
        return opinions.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Words that may come between a name and the post set off after it: "then", "now", "formerly". */
    boolean titleLead(String word) {
        return titleLeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun that encryption is said of: "encrypted chats", "an encrypted system". */
    boolean encryptedNoun(String word) {
        return encryptedNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A demonstrative determiner: "that law", "this bill". */
    boolean demonstrative(String word) {
        return demonstratives.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Two words, space-separated, before a verb that make its act refused: "rather than", "instead of". */
    boolean refusal(String twoWords) {
        return refusals.contains(twoWords.toLowerCase(Locale.ROOT));
    }

    /** The cue a refusal records, whatever words made it. */
    String refusalCue() {
        return refusalCue;
    }

    /** A pronoun that, as a clause's subject, may stand for a measure named before it in the sentence ("it"). */
    boolean measurePronoun(String word) {
        return measurePronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word such as "all" after a list of names, which the parser may take for the subject ("X and Y all urged"). */
    boolean floatingQuantifier(String word) {
        return floatingQuantifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The conjunction that closes a list of names ("X, Y and Z"). */
    boolean listAnd(Token t) {
        return and.matches(t);
    }

    /** The conjunction of alternatives, over which a negation is shared: "does not ban or break". */
    boolean alternative(String word) {
        return or.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The word that opens a clause of content: "a warning that ...". */
    boolean complementiser(String word) {
        return complementiser.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The preposition of an addressee and the infinitive marker: "a letter to the minister", "threatened to leave". */
    boolean toWord(String word) {
        return to.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The preposition of what a thing is called: "described the plan as mass surveillance". */
    boolean asPreposition(String word) {
        return as.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean transparent(String lemma) {
        return transparent.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean negator(String lemma) {
        return negators.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a verb reports how things are without judging them ("reports that", "found that"). */
    boolean factReporting(String key) {
        return factReporting.contains(key.toLowerCase(Locale.ROOT));
    }

    boolean reporting(String key) {
        return reporting.contains(key.toLowerCase(Locale.ROOT));
    }

    boolean directive(String key) {
        return directive.contains(key.toLowerCase(Locale.ROOT));
    }

    /** "we": a subject that speaks for itself, so a modal on its verb is its own resolve, not another's advice. */
    boolean firstPerson(String word) {
        return firstPerson.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What a speaker professes to support before asking for a way around it: "strong encryption". */
    boolean professed(String targetText) {
        return professed.contains(targetText.toLowerCase(Locale.ROOT));
    }

    /** What a government professes to support while it seeks access: "encryption" in general. */
    /** Whether the lemma is a noun of a document that may have a title (lex:documentTitleNouns). */
    boolean documentTitleNoun(String lemma) {
        return documentTitleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the word introduces a title: "subtitled", "entitled" (lex:titlingWords). */
    boolean titling(String word) {
        return titling.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the preposition gives a document's topic: "statements on encryption" (lex:aboutPrepositions). */
    boolean about(String preposition) {
        return about.contains(preposition.toLowerCase(Locale.ROOT));
    }

    /** Whether the preposition may complete a noun of attitude: "opposition to", "support for" (lex:attitudeNounPrepositions). */
    boolean nounComplement(String preposition) {
        return nounComplements.contains(preposition.toLowerCase(Locale.ROOT));
    }

    boolean professedByGovernments(String targetText) {
        return professedByGovernments.contains(targetText.toLowerCase(Locale.ROOT));
    }

    /** A reporting verb by which the writer marks the claim as disputed ("insists"). */
    boolean contested(String lemma) {
        return contested.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean modal(String lemma) {
        return modals.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean condition(String lemma) {
        return conditions.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean damage(String key) {
        return damage.contains(key.toLowerCase(Locale.ROOT));
    }

    /** -1 for a harm predicate, +1 for a benefit predicate, else null. */
    Integer evaluation(String key) {
        return evaluation.get(key.toLowerCase(Locale.ROOT));
    }

    /** "able", "capable": being able to do a thing. */
    boolean capacity(String key) {
        return capacity.contains(key.toLowerCase(Locale.ROOT));
    }

    /** A verb (or "verb preposition") that brings in a measure: "introduced a bill", "served it with a notice". */
    boolean introducing(String key) {
        return introducing.contains(key.toLowerCase(Locale.ROOT));
    }

    /** A verb that puts its object into a state: "leave users vulnerable", "make children safer". */
    boolean resultative(String key) {
        return resultative.contains(key.toLowerCase(Locale.ROOT));
    }

    /** -1 for a harmful state people are put into ("vulnerable"), +1 for a good one ("safer"), else null. */
    Integer state(String word) {
        return states.get(word.toLowerCase(Locale.ROOT));
    }

    boolean harmNoun(String lemma) {
        return harmNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    PhraseMatcher targets() {
        return targets;
    }

    int effectOf(String list) {
        return listEffect.getOrDefault(list, 1);
    }

    Demand demandOf(String list) {
        return listDemand.get(list);
    }

    /** Every word of the governing lists, for tests. */
    Set<String> governorWords() {
        return new HashSet<>(governors.keySet());
    }
}
