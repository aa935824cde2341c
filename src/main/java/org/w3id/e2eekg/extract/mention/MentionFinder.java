package org.w3id.e2eekg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.extract.text.Sentence;
import org.w3id.e2eekg.extract.text.TextDocument;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Finds actor names and post titles in a sentence, in this order:
 * <ol>
 *   <li>names of the reference data (and demonyms), longest first;</li>
 *   <li>capitalised runs that end in an organisation word and hold a known name
 *       ("Senate Judiciary Committee" holds "Senate");</li>
 *   <li>post titles ({@link RoleTitleFinder});</li>
 *   <li>the remaining capitalised runs, split and classified by {@link NameClassifier};</li>
 *   <li>names followed by a lower-case organisation noun ("Tamil Nadu government",
 *       "Parliament's research service") and known names run on by a capitalised word
 *       ("Instagram Direct");</li>
 *   <li>acronyms defined in brackets, and possessives.</li>
 * </ol>
 * A capitalised word that starts a sentence is a name only if the article also capitalises
 * it elsewhere, the reference data knows it, or it starts a longer name.
 */
public final class MentionFinder {
    /** Longer words in capitals are shouting, not acronyms ("ADVERTISEMENT", "WASHINGTON"); UNICEF has six letters. */
    private static final int MAX_ACRONYM = 6;
    /** The class of services (apps, features), by its local name in the ontology. */
    private static final String SERVICE = org.w3id.e2eekg.vocab.E2K.Service.getLocalName();

    private final Words words;
    /** A bill's number: up to four capitals, an optional hyphen or full stop, digits ("C-2", "S.3398"). */
    private static final java.util.regex.Pattern LAW_CODE = java.util.regex.Pattern.compile("[A-Z]{1,4}[-.]?[0-9]{1,5}");
    private final Gazetteer gazetteer;
    private final RoleTitleFinder roleFinder;
    /** The class of an organisation of no more specific kind, by its local name in the ontology. */
    private static final String ORGANISATION_CLASS = E2K.Organisation.getLocalName();
    private final NameClassifier classifier;

    public MentionFinder(Words words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.roleFinder = new RoleTitleFinder(words);
        this.classifier = new NameClassifier(words);
    }

    /**
     * Words the article capitalises away from the start of a sentence, standing alone or
     * ending a longer name (a surname, "Commission" of "European Commission"): such a word
     * starting a sentence is a name too.
     */
    public static Set<String> capitalisedMidSentence(TextDocument doc, Words words) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (capitalisedHeading(s, words, 1)) {
                continue; // capitals in a title-case title or subhead say nothing about names
            }
            for (int i = 1; i < s.size(); i++) {
                Token t = s.get(i);
                Token prev = s.get(i - 1);
                boolean afterOpener = prev.is("\"") || prev.is("\u201c") || prev.is("-") || prev.is(":") || prev.is("(")
                        || CapSpans.afterBreak(prev, t);
                boolean nextCap = i + 1 < s.size() && CapSpans.isCap(s.get(i + 1));
                if (t.isCapitalized() && !afterOpener && !nextCap && !words.isFunctionWord(t)) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    public AnalysedSentence analyse(String text, Sentence s, String[] pos, Set<String> midCaps) {
        AnalysedSentence a = new AnalysedSentence(s, pos);
        if (CapSpans.isLinkLine(a)) {
            return a;
        }
        boolean titleCase = isTitleCase(s);
        gazetteerNames(text, a);
        compoundsHoldingKnownNames(text, a, titleCase ? midCaps : null);
        lawNames(a);
        roleFinder.find(text, a);
        extendKnownNames(text, a, titleCase ? midCaps : null);
        names(text, a, midCaps, titleCase);
        namesSpelledByAcronyms(text, a);
        organisationsBeforeTitles(a);
        lowercaseOrganisations(text, a);
        organisationsAfterTitles(a);
        possessives(a);
        return a;
    }

    // ---- 1. reference names

    private void gazetteerNames(String text, AnalysedSentence a) {
        List<Token> toks = a.tokens();
        for (int i = 0; i < toks.size(); ) {
            Gazetteer.Match m = gazetteer.at(toks, i);
            if (m == null) {
                i++;
                continue;
            }
            Gazetteer.Entry e = m.entry();
            Mention.Source src = m.demonym() ? Mention.Source.DEMONYM : Mention.Source.GAZETTEER;
            a.add(new Mention(a.index(), m.from(), m.to(), a.text(text, m.from(), m.to()), src, e, e.kind(), e.type()));
            i = m.to();
        }
    }

    // ---- names of laws: "the Telecommunications and Other Legislation Amendment (Assistance and Access) Bill"

    /**
     * Marks the name of a law as a role-free, actor-free stretch: a capitalised run (with
     * "and", "of", "for", "the", brackets and numbers inside) that ends in a law word, and
     * its year. Laws are what actors argue about; they are not actors themselves.
     */
    private void lawNames(AnalysedSentence a) {
        provisions(a);
        int n = a.size();
        for (int end = 0; end < n; end++) {
            boolean coded = end + 1 < n && isLawCode(a.token(end + 1));
            if (!words.lawHeads.contains(a.token(end).text()) || end == 0 && !coded
                    || end + 1 < n && CapSpans.isCap(a.token(end + 1)) && !coded) {
                continue;
            }
            int from = end;
            int depth = 0;
            for (int k = end - 1; k >= 0; k--) {
                Token t = a.token(k);
                if (t.is(")")) {
                    depth++;
                    from = k;
                    continue;
                }
                if (t.is("(")) {
                    depth--;
                    from = k;
                    continue;
                }
                if (CapSpans.isCap(t) || depth > 0 || (words.lawNameConnectors.matchesAsWritten(t) || t.is("&"))
                        && k > 0 && CapSpans.isCap(a.token(k - 1))) {
                    from = k;
                    continue;
                }
                break;
            }
            while (from < end && (words.isFunctionWord(a.token(from)) || !CapSpans.isCap(a.token(from)))) {
                from++;
            }
            int to = end + 1;
            if (to < n && (a.token(to).isNumber() || coded)) {
                to++; // "Harbour Safety Act 2016", "Bill Q-14"
            }
            if (to - from < 2) {
                continue;
            }
            for (Mention m : new java.util.ArrayList<>(a.mentions())) {
                if (m.from >= from && m.to <= to && !(m.from == from && m.to == to)) {
                    a.remove(m);
                }
            }
            a.addLaw(new int[] {from, to});
            end = to - 1;
        }
    }

    /** "C-2", "S.3398", "HR-1234": the code after "Bill" by which a legislature numbers its bills. */
    private static boolean isLawCode(Token t) {
        return LAW_CODE.matcher(t.text()).matches();
    }

    /**
     * "Part 7", "Parts 3 and 4", "Section 12": a provision of a law, named by its head and
     * number, is under debate like the law itself and is not an actor.
     */
    private void provisions(AnalysedSentence a) {
        int n = a.size();
        for (int i = 0; i + 1 < n; i++) {
            if (!words.provisionHeads.contains(a.token(i).text()) || !a.token(i + 1).isNumber()) {
                continue;
            }
            int to = i + 2;
            while (to + 1 < n && (words.and.matches(a.token(to)) || a.token(to).is(",")) && a.token(to + 1).isNumber()) {
                to += 2;
            }
            for (Mention m : new java.util.ArrayList<>(a.mentions())) {
                if (m.from < to && m.to > i) {
                    a.remove(m);
                }
            }
            a.addLaw(new int[] {i, to});
            i = to - 1;
        }
    }

    // ---- 2. "Senate Judiciary Committee"

    /**
     * @param headingCaps in a title-case heading, the words the article capitalises mid-sentence,
     *                    which alone may join a known name into a longer one; null elsewhere
     */
    private void compoundsHoldingKnownNames(String text, AnalysedSentence a, Set<String> headingCaps) {
        for (int[] span : CapSpans.find(a, words, i -> false)) {
            int from = span[0];
            int to = span[1];
            while (from < to && words.isFunctionWord(a.token(from))) {
                from++;
            }
            String cls = words.orgHeadClass(a.token(to - 1).text());
            if (cls == null) {
                cls = leadClass(a, from, to);
            }
            if (cls == null) {
                cls = branchClass(a, from, to);
            }
            if (cls == null || to - from < 2) {
                continue;
            }
            List<Mention> inside = new ArrayList<>();
            boolean exact = false;
            for (Mention m : a.mentions()) {
                if (m.from >= from && m.to <= to) {
                    if (m.from == from && m.to == to) {
                        exact = true;
                    }
                    inside.add(m);
                }
            }
            if (exact || inside.isEmpty() || words.the.matches(a.token(from)) || startsWithService(inside, from)
                    || headingCaps != null && !capitalisedElsewhereOutside(a, from, to, inside, headingCaps)) {
                continue; // in a title-case headline, capitals around a known name make no longer name
            }
            Mention whole = new Mention(a.index(), from, to, a.text(text, from, to), Mention.Source.NAME, null,
                    ActorKind.ORGANISATION, cls);
            for (Mention m : inside) {
                if (m.isDemonym()) {
                    a.remove(m);
                } else {
                    m.whole = whole;
                }
            }
            a.add(whole);
        }
    }

    /**
     * "Harbour Society Denmark", "Kite Rights Ireland": a run of capitals whose last
     * name is a country right after an organisation's head word names the organisation's branch
     * in that country; the class of that head word. "Digital Frontiers Ireland": after two or more
     * capitalised words that are no name, date or title of their own, the run names an
     * organisation of that country too. Else null.
     */
    private String branchClass(AnalysedSentence a, int from, int to) {
        Mention last = a.mentionAt(to - 1);
        if (last == null || last.kind != ActorKind.PLACE || !"Country".equals(last.type) || last.to != to || last.from <= from
                || last.isDemonym()) {
            return null;
        }
        String head = words.orgHeadClass(a.token(last.from - 1).text());
        if (head != null || last.from - from < 2) {
            return head;
        }
        for (int k = from; k < last.from; k++) {
            String w = a.token(k).text();
            if (a.mentionAt(k) != null || !CapSpans.isCap(a.token(k)) || words.isFunctionWord(a.token(k)) || words.months.contains(w)
                    || words.weekdays.contains(w) || words.honorifics.contains(w) || words.givenNames.contains(w)
                    || words.nonEntities.contains(w)) {
                return null;
            }
        }
        return ORGANISATION_CLASS;
    }

    /**
     * "the Cybersecurity and Infrastructure Security Agency (CISA)": when the capitals before a
     * bracketed acronym, read across "and", "of", "for", "on" and "the", spell it, they are one
     * organisation's name, however the runs of capitals were cut.
     */
    private void namesSpelledByAcronyms(String text, AnalysedSentence a) {
        for (int i = 1; i + 2 < a.size(); i++) {
            if (!a.token(i).is("(") || !a.token(i + 2).is(")") || !a.token(i + 1).text().matches("\\p{Lu}{3,}")) {
                continue;
            }
            int from = spelledFrom(a, i, a.token(i + 1).text());
            Mention first = from < 0 ? null : a.mentionAt(from);
            if (from < 0 || first != null && first.from == from && first.to == i || first != null && first.from < from) {
                continue;
            }
            for (Mention m : new ArrayList<>(a.mentions())) {
                if (m.from >= from && m.to <= i) {
                    a.remove(m);
                }
            }
            String cls = words.orgHeadClass(a.token(i - 1).text());
            a.add(new Mention(a.index(), from, i, a.text(text, from, i), Mention.Source.NAME, null, ActorKind.ORGANISATION,
                    cls == null ? ORGANISATION_CLASS : cls));
        }
    }

    /** Where the capitals ending before {@code end} start if their initials spell the acronym, else -1. */
    private int spelledFrom(AnalysedSentence a, int end, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = end - 1; k >= 0; k--) {
            Token t = a.token(k);
            if (CapSpans.isCap(t) && !t.isAcronym()) {
                initials.insert(0, t.text().charAt(0));
                if (initials.toString().equals(acronym)) {
                    return k;
                }
                if (initials.length() >= acronym.length()) {
                    return -1;
                }
            } else if (!(words.nameConnectors.matchesAsWritten(t) || t.is("&"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Canadian Centre for Cyber Security": an organisation word followed by "for", "of" or "on" inside the run. */
    private String leadClass(AnalysedSentence a, int from, int to) {
        for (int k = from + 1; k + 2 < to; k++) {
            Token next = a.token(k + 1);
            if (words.orgLeads.contains(a.token(k).text()) && words.namePrepositions.matchesAsWritten(next)) {
                String cls = words.orgHeadClass(a.token(k).text());
                return cls != null ? cls : ORGANISATION_CLASS;
            }
        }
        return null;
    }

    // ---- 4. capitalised runs

    /** "9:14 AM PT", "05:30 AM EDT", "10.30am BST": the words of a time of day after its number, not a name. */
    private boolean timeOfDay(AnalysedSentence a, int from, int to) {
        int before = from - 1;
        if (before > 0 && words.clockWords.contains(a.token(before).text().toUpperCase(Locale.ROOT))) {
            before--; // "10.30 am BST"
        }
        if (before < 0 || a.token(before).text().chars().noneMatch(Character::isDigit)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!words.clockWords.contains(a.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    private void names(String text, AnalysedSentence a, Set<String> midCaps, boolean titleCase) {
        boolean[] quotedTitle = CapSpans.quotedTitles(a, words);
        for (int[] span : CapSpans.find(a, words, i -> a.mentionAt(i) != null || a.roleAt(i) != null || a.inLaw(i) || quotedTitle[i])) {
            int from = span[0];
            int to = span[1];
            boolean sentenceStart = isSentenceStart(a, from) && !firstListedAfterColon(a, from, to);
            if (sentenceStart && from + 1 < to && a.pos(from).equals("VERB") && words.gerundEndings.endsOneOf(a.token(from).text())) {
                from++; // "Writing on X, she said": a participle opening the sentence
            }
            while (from < to && (words.isFunctionWord(a.token(from)) || words.isMonthOrDay(a.token(from))
                    || a.pos(from).equals("NUM") && !a.token(from).isNumber())) { // "Three Republican senators"
                from++;
                sentenceStart = true;
            }
            while (to > from && !a.token(to - 1).isWord()) {
                to--;
            }
            // "Democrat Richard Blumenthal", "Oregon Democrat Ron Wyden": the party label is not the name
            for (int k = from; k + 1 < to; k++) {
                if (words.partyWords.contains(a.token(k).text()) && (words.givenNames.contains(a.token(k + 1).text())
                        || words.honorifics.contains(a.token(k + 1).text()) || to - k > 2)) {
                    from = k + 1;
                    sentenceStart = false;
                    break;
                }
            }
            if (from >= to) {
                continue;
            }
            String surface = a.text(text, from, to);
            if (words.nonEntities.contains(surface) || (to - from == 1 && words.isMonthOrDay(a.token(from)))
                    || timeOfDay(a, from, to)) {
                continue;
            }
            // "Republican senators": a party word before a common noun describes them
            if (to - from == 1 && words.partyWords.contains(a.token(from).text()) && to < a.size()
                    && a.pos(to).equals("NOUN") && a.token(to).text().equals(a.token(to).lower())) {
                continue;
            }
            // "Ron Wyden, the Oregon Democrat,": a description of a politician, not a name
            if (words.partyWords.contains(a.token(to - 1).text()) && from > 0
                    && words.partyDescriptionDeterminers.matches(a.token(from - 1))
                    && (to == a.size() || !a.token(to).isWord())) {
                continue;
            }
            // one capitalised word at a sentence start or in a heading or page line ("Updated", "Subscribe",
            // "ADVERTISEMENT") is a name only when the article writes it so mid-sentence, or it is a short acronym
            if (to - from == 1 && a.token(from).isInitial()) {
                continue; // "(R-S.C.)": a lone letter is an initial, never a name
            }
            boolean shortAcronym = a.token(from).isAcronym() && a.token(from).text().length() <= MAX_ACRONYM;
            if ((sentenceStart || titleCase || a.sentence().heading()) && to - from == 1 && !shortAcronym
                    && !midCaps.contains(a.token(from).text())) {
                continue;
            }
            if (titleCase && to - from > 1 && !allCapitalisedElsewhere(a, from, to, midCaps)) {
                continue;
            }
            NameClassifier.Kind k = classifier.classify(a, from, to);
            ActorKind kind = k.kind();
            a.add(new Mention(a.index(), from, to, surface, Mention.Source.NAME, null, kind, k.type()));
        }
    }

    /** Whether every capitalised word of [from, to) outside the names inside it is one the article capitalises mid-sentence. */
    private static boolean capitalisedElsewhereOutside(AnalysedSentence a, int from, int to, List<Mention> inside,
                                                       Set<String> midCaps) {
        for (int i = from; i < to; i++) {
            final int k = i;
            boolean named = inside.stream().anyMatch(m -> m.from <= k && k < m.to);
            if (!named && a.token(i).isCapitalized() && !midCaps.contains(a.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitalisedElsewhere(AnalysedSentence a, int from, int to, Set<String> midCaps) {
        return capitalisedElsewhereOutside(a, from, to, List.of(), midCaps);
    }

    /** "signed by 15 companies: Amazon.com, Box, ...": the first of names listed after a colon is named like the rest. */
    private static boolean firstListedAfterColon(AnalysedSentence a, int from, int to) {
        return from > 0 && a.token(from - 1).is(":") && to + 1 < a.size() && a.token(to).is(",")
                && CapSpans.isCap(a.token(to + 1));
    }

    private static boolean isSentenceStart(AnalysedSentence a, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = a.token(i - 1);
        return prev.is("\"") || prev.is("\u201c") || prev.is("-") || prev.is("\u2014") || prev.is("(") || prev.is(":")
                || prev.is("\u2013") || CapSpans.afterBreak(prev, a.token(i));
    }

    /**
     * A heading whose words are mostly capitalised: capitals there say nothing about names. An
     * item of a list ("- Jane Roe, president of Acme") is a line of text, not a heading.
     */
    private boolean isTitleCase(Sentence s) {
        return s.size() >= 4 && capitalisedHeading(s, words, 3);
    }

    /** A heading, not a list item, with at least this many longer words, seven in ten of them capitalised. */
    private static boolean capitalisedHeading(Sentence s, Words words, int minWords) {
        if (!s.heading() || s.size() == 0 || words.listBullets.matches(s.tokens().get(0))) {
            return false;
        }
        int longer = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.isWord() && t.text().length() > 3 && !words.isFunctionWord(t)) {
                longer++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        return longer >= minWords && caps * 10 >= longer * 7;
    }

    /** "Committee chairman John Doe": the name found just before a post title is its organisation. */
    /**
     * "chief executive of Element", "director of the Oxen Privacy Tech Foundation": titles are
     * found before names that are not in the reference data, so the organisation after "of"
     * or "at" is attached once the names are known.
     */
    private void organisationsAfterTitles(AnalysedSentence a) {
        for (RoleTitle r : List.copyOf(a.roles())) {
            Mention place = r.org();
            // "chief executive of the UK's Internet Watch Foundation": the place only locates the organisation
            if (place != null && place.kind() == ActorKind.PLACE && place.to + 1 < a.size() && place.to == r.to()
                    && a.token(place.to).isPossessive()) {
                Mention owned = a.mentionStartingAt(place.to + 1);
                if (owned != null && owned.kind() == ActorKind.ORGANISATION) {
                    a.replace(r, new RoleTitle(r.sentence(), r.from(), owned.to, r.role(), r.headFrom(), r.headTo(), r.kind(),
                            owned, r.orgRefToken(), r.nationality(), r.implied()));
                }
                continue;
            }
            int k = r.to();
            if (r.org() != null || r.kind() == RoleTitle.Kind.PROFESSION || k + 1 >= a.size()
                    || !words.titleOrganisationPrepositions.matchesAsWritten(a.token(k))) {
                continue;
            }
            k++;
            if (words.the.matchesAsWritten(a.token(k)) && k + 1 < a.size()) {
                k++;
            }
            Mention inner = a.mentionStartingAt(k);
            if (inner != null && inner.kind() == ActorKind.ORGANISATION) {
                a.replace(r, new RoleTitle(r.sentence(), r.from(), inner.to, r.role(), r.headFrom(), r.headTo(), r.kind(),
                        inner, r.orgRefToken(), r.nationality(), r.implied()));
            }
        }
    }

    private static void organisationsBeforeTitles(AnalysedSentence a) {
        for (RoleTitle r : new ArrayList<>(a.roles())) {
            if (r.org() != null || r.orgRefToken() >= 0 || r.from() == 0) {
                continue;
            }
            Mention m = a.mentionAt(r.from() - 1);
            if (m != null && m.to == r.from() && m.kind() == ActorKind.ORGANISATION && !m.isDemonym()) {
                a.roles().remove(r);
                a.add(new RoleTitle(r.sentence(), m.from, r.to(), r.role(), r.headFrom(), r.headTo(), r.kind(), m,
                        -1, r.nationality(), r.implied()));
            }
        }
    }

    // ---- 5. "Instagram Direct", "Tamil Nadu government", "Parliament's research service"

    /** @param headingCaps see {@link #compoundsHoldingKnownNames}: in a title-case heading ("Proton Starts Moving ..."), only these extend a name */
    private void extendKnownNames(String text, AnalysedSentence a, Set<String> headingCaps) {
        for (Mention m : new ArrayList<>(a.mentions())) {
            if (m.source != Mention.Source.GAZETTEER || m.whole != null || m.kind == ActorKind.PERSON) {
                continue;
            }
            int to = m.to;
            while (to < a.size() && a.token(to).isCapitalized() && a.mentionAt(to) == null && a.roleAt(to) == null
                    && !words.givenNames.contains(a.token(to).text()) && !words.isFunctionWord(a.token(to))
                    && !words.isMonthOrDay(a.token(to)) && !words.honorifics.contains(a.token(to).text())
                    && (headingCaps == null || headingCaps.contains(a.token(to).text()))) {
                to++;
            }
            if (to > m.to && m.entry != null && SERVICE.equals(m.entry.type())) {
                // "iCloud Backup", "Instagram Direct": a part of a service is the service, under another name
                Mention whole = new Mention(a.index(), m.from, to, a.text(text, m.from, to), Mention.Source.GAZETTEER, m.entry,
                        m.kind, m.type);
                whole.label = m.label;
                m.whole = whole;
                a.add(whole);
            } else if (to > m.to) {
                String cls = words.orgHeadClass(a.token(to - 1).text());
                Mention whole = new Mention(a.index(), m.from, to, a.text(text, m.from, to), Mention.Source.NAME, null,
                        ActorKind.ORGANISATION, cls == null ? "Organisation" : cls);
                m.whole = whole;
                a.add(whole);
            }
        }
    }

    /** "iCloud Mail": a name that starts with a service is a part of it (see {@link #extendKnownNames}). */
    private static boolean startsWithService(List<Mention> inside, int from) {
        return inside.stream().anyMatch(m -> m.from == from && m.entry != null && SERVICE.equals(m.entry.type()));
    }

    private void lowercaseOrganisations(String text, AnalysedSentence a) {
        for (Mention m : new ArrayList<>(a.mentions())) {
            if (m.whole != null || m.kind == ActorKind.PERSON) {
                continue;
            }
            int i = m.to;
            boolean possessive = i < a.size() && a.token(i).isPossessive();
            if (possessive) {
                i++;
            }
            int j = i;
            while (j < a.size() && words.lowercaseOrgModifiers.contains(a.token(j).text())) {
                j++;
            }
            if (j >= a.size() || !words.lowercaseOrgHeads.contains(a.token(j).text())) {
                continue;
            }
            String head = a.token(j).text();
            if (j + 1 < a.size() && a.token(j + 1).isWord() && Character.isLowerCase(a.token(j + 1).text().charAt(0))
                    && a.pos(j + 1).equals("NOUN")) {
                continue; // "Council presidency": the noun is a modifier, not the head
            }
            if (m.kind == ActorKind.PLACE && "Country".equals(m.type) && !possessive && words.governmentHeads.contains(head)) {
                continue; // "the UK government" is the country itself
            }
            if (m.isDemonym() && words.governmentHeads.contains(head)) {
                continue; // "the British government" is the country itself
            }
            if (possessive && j == i) {
                continue; // "Facebook's office": a bare possessed noun is not a named body
            }
            String cls = words.lowercaseHeadClasses.getOrDefault(head, "GovernmentBody");
            Mention whole = new Mention(a.index(), m.from, j + 1, a.text(text, m.from, j + 1), Mention.Source.COMPOUND, null,
                    ActorKind.ORGANISATION, cls);
            if (possessive) {
                whole.label = a.text(text, i, j + 1); // "civil liberties committee", of the European Parliament
            }
            m.whole = whole;
            a.add(whole);
        }
    }

    // ---- 6. possessives

    private static void possessives(AnalysedSentence a) {
        for (Mention m : a.mentions()) {
            if (m.to < a.size() && a.token(m.to).isPossessive()) {
                m.possessive = true;
            }
        }
    }
}
