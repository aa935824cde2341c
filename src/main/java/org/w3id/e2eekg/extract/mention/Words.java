package org.w3id.e2eekg.extract.mention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The word lists that named-entity recognition uses, looked up once from the lexicon and
 * given names that say what they are for.
 */
public final class Words {
    final Set<String> givenNames;
    final Set<String> honorifics;
    final Set<String> nameSuffixes;
    final Set<String> nameParticles;
    final Set<String> functionWords;
    final Set<String> nonEntities;
    final Set<String> clockWords;
    final Set<String> months;
    final Set<String> weekdays;
    final Set<String> lowercaseOrgHeads;
    final Set<String> lowercaseOrgModifiers;
    final Set<String> orgLeads;
    final Set<String> roleModifiers;
    final Set<String> roleTemporal;
    final Set<String> partyWords;
    final Set<String> lawHeads;
    /** "Part", "Section", "Clause": before a number they name a provision of a law ("Part 7", "Section 12"). */
    final Set<String> provisionHeads;
    final Map<String, String> roleVerbs;
    /** capitalised name ending → ontology class local name */
    final Map<String, String> orgHeads = new LinkedHashMap<>();
    /** title word → organisation it implies */
    final Map<String, String> impliedOrgs = new LinkedHashMap<>();
    final PhraseMatcher roleHeads;
    final WordSet the;
    final WordSet gerundEndings;
    final WordSet listBullets;
    final WordSet articles;
    final WordSet and;
    final WordSet of;
    final WordSet at;
    final WordSet to;
    final WordSet who;
    final WordSet nameConnectors;
    final WordSet lawNameConnectors;
    final WordSet namePrepositions;
    final WordSet namePrepositionsBeforeArticle;
    final WordSet governmentHeads;
    final Map<String, String> lowercaseHeadClasses;
    final WordSet generationalSuffixes;
    final WordSet partyDescriptionDeterminers;
    final WordSet titleOrganisationPrepositions;
    final WordSet titleOfficePrepositions;
    final WordSet organisationPossessives;
    final WordSet adverbsInTitles;
    final WordSet pluralEndings;
    final WordSet groupNouns;
    /** role head list name → kind */
    final Map<String, RoleTitle.Kind> roleKinds = Map.of(
            "roleHeadsOffice", RoleTitle.Kind.OFFICE,
            "roleHeadsPost", RoleTitle.Kind.POST,
            "roleHeadsProfession", RoleTitle.Kind.PROFESSION);

    public Words(Lexicon lex) {
        givenNames = lex.exact("givenNames");
        honorifics = lex.exact("honorifics");
        nameSuffixes = lex.exact("nameSuffixes");
        nameParticles = lex.exact("nameParticles");
        functionWords = lex.lower("functionWords");
        nonEntities = lex.exact("nonEntities");
        clockWords = lex.exact("clockWords");
        months = lex.exact("months");
        weekdays = lex.exact("weekdays");
        lowercaseOrgHeads = lex.lower("lowercaseOrgHeads");
        lowercaseOrgModifiers = lex.lower("lowercaseOrgModifiers");
        orgLeads = lex.exact("orgLeads");
        roleModifiers = lex.lower("roleModifiers");
        roleTemporal = lex.lower("roleTemporalModifiers");
        partyWords = lex.exact("partyWords");
        Set<String> heads = new java.util.HashSet<>(lex.exact("lawHeads"));
        heads.addAll(lex.exact("documentNameHeads"));
        lawHeads = Set.copyOf(heads);
        provisionHeads = lex.exact("provisionHeads");
        roleVerbs = lex.pairs("roleVerbs");
        // in the order of their names: a word of two lists takes the class of the first
        for (String list : List.of("orgHeadsCommittee", "orgHeadsCompany", "orgHeadsCourt", "orgHeadsGovernment",
                "orgHeadsLegislature", "orgHeadsMedia", "orgHeadsNonProfit", "orgHeadsOther")) {
            String cls = lex.attribute(list, E2K.actorClass).orElseThrow();
            for (String w : lex.entries(list)) {
                orgHeads.putIfAbsent(w, cls);
            }
        }
        for (String list : lex.listsWith(E2K.impliesOrganisation)) {
            String org = lex.attribute(list, E2K.impliesOrganisation).orElseThrow();
            for (String w : lex.entries(list)) {
                impliedOrgs.put(w.toLowerCase(Locale.ROOT), org);
            }
        }
        roleHeads = lex.phrases("roleHeadsOffice", "roleHeadsPost", "roleHeadsProfession");
        the = WordSet.of(lex, "definiteArticle");
        listBullets = WordSet.of(lex, "listBullets");
        articles = WordSet.of(lex, "definiteArticle", "indefiniteArticles");
        and = WordSet.of(lex, "conjunctionAnd");
        of = WordSet.of(lex, "prepositionOf");
        at = WordSet.of(lex, "prepositionAt");
        to = WordSet.of(lex, "prepositionTo");
        who = WordSet.of(lex, "pronounWho");
        nameConnectors = WordSet.of(lex, "nameConnectors");
        lawNameConnectors = WordSet.of(lex, "lawNameConnectors");
        namePrepositions = WordSet.of(lex, "namePrepositions");
        namePrepositionsBeforeArticle = WordSet.of(lex, "namePrepositionsBeforeArticle");
        governmentHeads = WordSet.of(lex, "lowercaseGovernmentHeads");
        lowercaseHeadClasses = lex.pairs("lowercaseHeadClasses");
        generationalSuffixes = WordSet.of(lex, "generationalSuffixes");
        partyDescriptionDeterminers = WordSet.of(lex, "partyDescriptionDeterminers");
        titleOrganisationPrepositions = WordSet.of(lex, "titleOrganisationPrepositions");
        titleOfficePrepositions = WordSet.of(lex, "titleOfficePrepositions");
        organisationPossessives = WordSet.of(lex, "organisationReferringPossessives");
        adverbsInTitles = WordSet.of(lex, "adverbsInTitles");
        pluralEndings = WordSet.of(lex, "pluralEndings");
        groupNouns = WordSet.of(lex, "groupNouns");
        gerundEndings = WordSet.of(lex, "gerundEndings");
    }

    boolean isFunctionWord(Token t) {
        return functionWords.contains(t.lower());
    }

    boolean isMonthOrDay(Token t) {
        return months.contains(t.text()) || weekdays.contains(t.text());
    }

    /** The ontology class a capitalised name ending in this word belongs to, or null. */
    String orgHeadClass(String word) {
        return orgHeads.get(word);
    }

    /** The organisation classes by list name, for the anaphor lists. */
    static List<String> anaphorLists() {
        return List.of("anaphorsCompany", "anaphorsNonProfit", "anaphorsGovernment", "anaphorsCommittee", "anaphorsCountry");
    }
}
