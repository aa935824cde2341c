package org.w3id.e2eekg.extract.syntax;

import java.util.List;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateMention;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.mention.RoleTitle;
import org.w3id.e2eekg.extract.text.Token;

/**
 * A shallow clause parser for news sentences, from part-of-speech tags and word lists:
 * leading adverbials ("In October 2019,", "According to NCMEC,", "If ...,"), the subject up
 * to the main verb with its appositions and relative clauses set aside (", who runs
 * WhatsApp,", ", then the acting Minister of Transport,"), and in the predicate
 * the clauses that hang from it: complements of reporting verbs ("said that ...", "told the
 * Herald the service might ..."), participial clauses (", urging him to ..."), coordinated
 * predicates ("and expands ...") and clauses ("; its secretary general said ...").
 *
 * <p>It is not a full parser and does not try to be: it finds who is speaking and which
 * words bear on them, which is what the stance, document and statistic rules need.
 *
 * <p>The clause stage: immutable once made and thread-safe; each parse builds its clauses in
 * {@link ClauseBuilder}s of its own and returns them frozen.
 */
public final class ClauseParser {
    private final Set<String> reportingVerbs;
    private final PhraseMatcher reporting;
    private final Set<String> subordinators;
    private final Set<String> eventSubordinators;
    private final Set<String> cueVerbs = new java.util.HashSet<>();
    private final Set<String> functionWords;

    private final Set<String> sourceVerbs;
    private final WordSet and;
    private final WordSet andBut;
    private final WordSet andOr;
    private final WordSet the;
    private final WordSet articles;
    private final WordSet ofThe;
    private final WordSet as;
    private final WordSet to;
    private final WordSet of;
    private final WordSet complementiser;
    private final WordSet thatOrTo;
    private final WordSet relativeInList;
    private final WordSet relativeAfterComma;
    private final WordSet relativePronouns;
    private final WordSet relativeOnNoun;
    private final WordSet whom;
    private final WordSet both;
    private final WordSet leadingPrepositions;
    private final WordSet leadingAdverbs;
    private final WordSet including;
    private final WordSet verbGroupOpeners;
    private final WordSet negativeClitics;
    private final WordSet irregularParticiples;
    private final WordSet appositionOpeners;
    private final WordSet concessiveAsides;
    private final WordSet forPreposition;
    private final WordSet partNouns;
    private final WordSet nonConditional;
    private final WordSet gerund;
    private final WordSet past;
    private final WordSet participle;
    private final WordSet plural;

    public ClauseParser(Lexicon lex) {
        this.reportingVerbs = lex.lower("reportingVerbs");
        this.sourceVerbs = lex.lower("sourceVerbs");
        this.reporting = lex.phrases("sayingVerbs");
        this.subordinators = lex.lower("subordinators");
        this.eventSubordinators = lex.lower("eventSubordinators");
        Set<String> nouns = lex.pairs("stanceNouns").keySet();
        for (String list : List.of("proCues", "contraCues")) {
            for (String w : lex.lower(list)) {
                if (!w.contains(" ") && !nouns.contains(w)) {
                    cueVerbs.add(w);
                }
            }
        }
        this.functionWords = lex.lower("functionWords");
        and = WordSet.of(lex, "conjunctionAnd");
        andBut = WordSet.of(lex, "conjunctionAnd", "conjunctionBut");
        andOr = WordSet.of(lex, "conjunctionAnd", "conjunctionOr");
        the = WordSet.of(lex, "definiteArticle");
        articles = WordSet.of(lex, "definiteArticle", "indefiniteArticles");
        ofThe = WordSet.of(lex, "prepositionOf", "definiteArticle");
        as = WordSet.of(lex, "prepositionAs");
        to = WordSet.of(lex, "prepositionTo");
        of = WordSet.of(lex, "prepositionOf");
        complementiser = WordSet.of(lex, "complementiser");
        thatOrTo = WordSet.of(lex, "complementiser", "prepositionTo");
        relativeInList = WordSet.of(lex, "pronounWhich", "pronounWho", "pronounWhose");
        relativeAfterComma = WordSet.of(lex, "pronounWhich", "pronounWho");
        relativePronouns = WordSet.of(lex, "pronounWho", "pronounWhich", "pronounWhose", "pronounWhom");
        relativeOnNoun = WordSet.of(lex, "complementiser", "pronounWhich", "pronounWho");
        whom = WordSet.of(lex, "pronounWhom");
        both = WordSet.of(lex, "bothWords");
        leadingPrepositions = WordSet.of(lex, "leadingPrepositions");
        leadingAdverbs = WordSet.of(lex, "leadingAdverbs");
        including = WordSet.of(lex, "includingWords");
        verbGroupOpeners = WordSet.of(lex, "verbGroupOpeners");
        negativeClitics = WordSet.of(lex, "negativeClitics");
        irregularParticiples = WordSet.of(lex, "irregularParticiples");
        appositionOpeners = WordSet.of(lex, "appositionOpeners");
        concessiveAsides = WordSet.of(lex, "concessiveAsides");
        forPreposition = WordSet.of(lex, "prepositionFor");
        partNouns = WordSet.of(lex, "partNouns");
        nonConditional = WordSet.of(lex, "nonConditionalSubordinators");
        gerund = WordSet.of(lex, "gerundEndings");
        past = WordSet.of(lex, "pastTenseEndings");
        participle = WordSet.of(lex, "participleEndings");
        plural = WordSet.of(lex, "pluralEndings");
    }

    /**
     * Parses a sentence into its main clauses (split at semicolons), each with its
     * sub-clauses: one main clause, or a clause over the whole sentence with no subject whose
     * children are the main clauses.
     *
     * @param dates the dates of the sentence, which the parser passes over as leading adverbials
     */
    public Clause parse(AnalysedSentence a, List<DateMention> dates) {
        ClauseBuilder root = new ClauseBuilder(Clause.Kind.MAIN, 0, a.size());
        int start = 0;
        for (int i = 0; i <= a.size(); i++) {
            if (i < a.size() && a.token(i).is(";") && listItemFollows(a, i + 1)) {
                continue;
            }
            if (i == a.size() || a.token(i).is(";")) {
                if (i > start) {
                    ClauseBuilder c = clause(a, dates, start, i, Clause.Kind.MAIN, root);
                    if (start == 0 && i == a.size()) {
                        return c.build();
                    }
                    root.children.add(c);
                }
                start = i + 1;
            }
        }
        root.windowTo = 0;
        return root.build();
    }

    /**
     * "signed by A, head of X; B, president of Y; and C": a semicolon that separates the items
     * of a list, not clauses. The part after it starts with a name and has no verb of its
     * own (a relative clause, "which runs Session", may follow the name).
     */
    private boolean listItemFollows(AnalysedSentence a, int from) {
        int i = from < a.size() && and.matchesAsWritten(a.token(from)) ? from + 1 : from;
        if (i >= a.size() || a.mentionAt(i) == null) {
            return false;
        }
        for (; i < a.size() && !a.token(i).is(";"); i++) {
            Token t = a.token(i);
            if (relativeInList.matches(t)) {
                return true;
            }
            // names and titles may be tagged anything ("Bazchat" as a verb)
            if (a.isVerb(i) && a.mentionAt(i) == null && a.roleAt(i) == null) {
                return false;
            }
        }
        return true;
    }

    private ClauseBuilder clause(AnalysedSentence a, List<DateMention> dates, int from, int to, Clause.Kind kind, ClauseBuilder parent) {
        ClauseBuilder c = new ClauseBuilder(kind, from, to);
        c.parent = parent;
        int i = leading(a, dates, c, from, to);
        int v = mainVerb(a, c, i, to);
        if (v < 0) {
            c.subjFrom = i;
            c.subjTo = i;
            c.predFrom = i;
        } else {
            c.subjFrom = i;
            c.subjTo = v;
            c.predFrom = v;
        }
        predicate(a, dates, c, Math.max(c.predFrom, i), to);
        return c;
    }

    // ---- leading adverbials

    private int leading(AnalysedSentence a, List<DateMention> dates, ClauseBuilder c, int from, int to) {
        int i = from;
        if (i < to && (a.token(i).is("-") || a.token(i).is("\u2022") || a.token(i).is("*"))) {
            i++;
        }
        boolean moved = true;
        while (moved && i < to) {
            moved = false;
            DateMention d = dateAt(dates, i);
            if (d == null && i + 1 < to && a.pos(i).equals("ADP") && dateAt(dates, i + 1) != null) {
                d = dateAt(dates, i + 1);
            }
            if (d != null) {
                i = d.to();
                if (i < to && (a.token(i).is(",") || a.token(i).is(":"))) {
                    i++;
                }
                moved = true;
                continue;
            }
            Token t = a.token(i);
            int comma = commaWithin(a, i, to, 16);
            int subComma = commaWithin(a, i, to, 32);
            int sub = subordinatorWithin(a, i, Math.min(to, i + 6));
            if (sub > i && subComma > sub && !hasVerbBefore(a, i, sub)) {
                ClauseBuilder adv = new ClauseBuilder(Clause.Kind.ADVERBIAL, i, subComma);
                adv.parent = c;
                c.children.add(adv);
                i = subComma + 1;
                moved = true;
                continue;
            }
            if (eventSubordinators.contains(t.lower()) && subComma > i + 1 && startsClause(a, i + 1, subComma)) {
                c.children.add(clause(a, dates, i + 1, subComma, Clause.Kind.COORDINATE, c));
                i = subComma + 1;
                moved = true;
                continue;
            }
            if (subordinators.contains(t.lower()) && subComma > i) {
                comma = subComma;
                ClauseBuilder adv = new ClauseBuilder(Clause.Kind.ADVERBIAL, i, comma);
                adv.parent = c;
                c.children.add(adv);
                i = comma + 1;
                moved = true;
                continue;
            }
            boolean adp = a.pos(i).equals("ADP") || leadingPrepositions.matches(t);
            boolean participial = a.pos(i).equals("VERB") && (gerund.endsOneOf(t.text()) || past.endsOneOf(t.text()));
            if ((adp || participial || leadingAdverbs.matches(t)) && comma > i && !hasVerbBefore(a, i + 1, comma)) {
                c.aside(i, comma + 1);
                i = comma + 1;
                moved = true;
            }
        }
        return i;
    }

    /** "Nearly two years after it was first drafted, ...": a subordinator a few words in. */
    private int subordinatorWithin(AnalysedSentence a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (subordinators.contains(a.token(k).lower()) && !as.matches(a.token(k))) {
                return k;
            }
            if (a.token(k).is(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static DateMention dateAt(List<DateMention> dates, int i) {
        for (DateMention d : dates) {
            if (d.from() == i) {
                return d;
            }
        }
        return null;
    }

    private static int commaWithin(AnalysedSentence a, int i, int to, int max) {
        for (int k = i; k < Math.min(to, i + max); k++) {
            if (a.token(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /** A finite verb between from and to: "Breaking any piece ... breaks it, they wrote" opens with a subject, not an adverbial. */
    private boolean hasVerbBefore(AnalysedSentence a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a.mentionAt(k) != null) {
                continue;
            }
            String w = a.token(k).lower();
            if (a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !gerund.endsOneOf(w) && !participle.endsOneOf(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- subject and main verb

    private int mainVerb(AnalysedSentence a, ClauseBuilder c, int from, int to) {
        int j = from;
        while (j < to) {
            Token t = a.token(j);
            Mention m = a.mentionAt(j);
            if (m != null) {
                j = Math.max(j + 1, outer(a, m).to);
                continue;
            }
            RoleTitle r = a.roleAt(j);
            if (r != null) {
                j = Math.max(j + 1, r.to());
                continue;
            }
            if (t.is(",") || t.is("\u2014") || t.is("(")) {
                int close = parenthetical(a, c, j, to);
                if (close > j) {
                    j = close;
                    continue;
                }
                j++;
                continue;
            }
            if ((a.isVerb(j) || isNegationOrModal(t) || isKnownVerb(a, j)) && !isReducedRelative(a, j, to)
                    && !including.matches(t) && !isGerundSubject(a, j, from, to) && !isAdjectival(a, j)
                    && !(t.text().contains("-") && !a.pos(j).equals("AUX"))) {
                return j;
            }
            j++;
        }
        return -1;
    }

    /** "an encrypted system": a participle between a determiner and its noun. */
    private static boolean isAdjectival(AnalysedSentence a, int j) {
        return j > 0 && j + 1 < a.size() && (a.pos(j - 1).equals("DET") || a.pos(j - 1).equals("ADJ"))
                && a.pos(j + 1).equals("NOUN") && !a.pos(j).equals("AUX");
    }

    /** "Breaking any piece of an encrypted service breaks it": an -ing word opening the clause before its finite verb. */
    private boolean isGerundSubject(AnalysedSentence a, int j, int from, int to) {
        if (j != from || !gerund.endsOneOf(a.token(j).lower())) {
            return false;
        }
        return hasVerbBefore(a, j + 1, firstComma(a, j, to));
    }

    private static int firstComma(AnalysedSentence a, int j, int to) {
        for (int k = j; k < to; k++) {
            if (a.token(k).is(",")) {
                return k;
            }
        }
        return to;
    }

    /** A reporting verb the tagger took for a noun ("Acme's count for 2019 shows"): a verb unless a determiner or adjective precedes it. */
    private boolean isKnownVerb(AnalysedSentence a, int j) {
        if (j > 0 && isCueVerbAfterName(a, j)) {
            return true;
        }
        if (!(reportingVerbs.contains(a.token(j).lower()) || sourceVerbs.contains(a.token(j).lower())) || j == 0) {
            return false;
        }
        String prev = a.pos(j - 1);
        return !(prev.equals("DET") || prev.equals("ADJ") || ofThe.matches(a.token(j - 1)));
    }

    /**
     * "Apple rebuffs child-safety group's demand": in headlines the tagger takes a stance verb
     * right after a name for a noun. A one-word stance cue ending in -s or -ed there, not
     * followed by a verb ("Apple critics say"), is the verb.
     */
    private boolean isCueVerbAfterName(AnalysedSentence a, int j) {
        String w = a.token(j).lower();
        return (plural.endsOneOf(w) || past.endsOneOf(w)) && cueVerbs.contains(w) && a.mentionAt(j - 1) != null
                && (j + 1 >= a.size() || !a.isVerb(j + 1));
    }

    /** "won't", "cannot", "never": the verb group starts here even if the tagger says otherwise. */
    private boolean isNegationOrModal(Token t) {
        String w = t.lower();
        return negativeClitics.endsOneOf(w) || verbGroupOpeners.contains(w);
    }

    private static Mention outer(AnalysedSentence a, Mention m) {
        Mention w = m;
        while (w.whole() != null) {
            w = w.whole();
        }
        return w;
    }

    /** "a side entrance made for the police might ...": a participle right after a noun, before the finite verb. */
    private boolean isReducedRelative(AnalysedSentence a, int j, int to) {
        Token t = a.token(j);
        if (!a.pos(j).equals("VERB") || j == 0 || !a.pos(j - 1).equals("NOUN") || a.mentionAt(j - 1) != null) {
            return false;
        }
        String w = t.lower();
        if (!(participle.endsOneOf(w) || irregularParticiples.contains(w))) {
            return false;
        }
        for (int k = j + 1; k < to && !a.token(k).is(","); k++) {
            if (a.pos(k).equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * At a comma or dash in the subject: if it opens an apposition, relative clause,
     * participial modifier or a ", they wrote," aside, records it and returns the index after
     * its closing comma; otherwise returns -1.
     */
    private int parenthetical(AnalysedSentence a, ClauseBuilder c, int j, int to) {
        Token open = a.token(j);
        int k = j + 1;
        if (k >= to) {
            return -1;
        }
        if (open.is("\u2014") || open.is("(")) {
            int close = closing(a, k, to, open.is("(") ? ")" : "\u2014");
            c.aside(j, close);
            return close;
        }
        Token t = a.token(k);
        // ", they wrote," / ", he added,"
        if (a.pos(k).equals("PRON") && k + 2 < to && reportingVerbs.contains(a.token(k + 1).lower()) && a.token(k + 2).is(",")) {
            c.speakerPronoun = k;
            c.aside(j, k + 3);
            return k + 3;
        }
        boolean relative = relativePronouns.matches(t);
        RoleTitle titled = null;
        for (int q = k; q < Math.min(to, k + 4) && titled == null; q++) {
            titled = a.roleAt(q);
        }
        boolean titleBeforeName = titled != null && titled.to() < to && a.mentionAt(titled.to()) != null
                && a.mentionAt(titled.to()).kind() == org.w3id.e2eekg.fact.ActorKind.PERSON;
        boolean afterName = a.mentionAt(j - 1) != null || j > 1 && a.token(j - 1).is(")") && a.mentionAt(j - 3) != null;
        // ", a coalition that includes ...,", ", a Green from Westshire who ...,": a description of the name before
        boolean described = afterName && articles.matches(t) && !titleBeforeName
                && k + 1 < to && (a.mentionAt(k + 1) == null || !the.matches(t));
        boolean apposition = described || titled != null && !titleBeforeName && (a.roleAt(k) != null
                || (k + 1 < to && appositionOpeners.matches(t) && roleWithin(a, k + 1, Math.min(to, k + 4)))
                || (a.mentionAt(k) != null && roleWithin(a, k, Math.min(to, k + 4)) && !a.isVerb(Math.min(to - 1, k + 1))));
        boolean participial = a.pos(k).equals("VERB") && a.roleAt(k) == null
                && (gerund.endsOneOf(t.lower()) || past.endsOneOf(t.lower()) && k + 1 < to
                    && (a.pos(k + 1).equals("ADP") || a.token(k + 1).is(",") || a.token(k + 1).isNumber()
                        || a.pos(k + 1).equals("PROPN")));
        boolean modifier = participial
                || including.matches(t) || (forPreposition.matches(t) && k + 2 < to && partNouns.matches(a.token(k + 2)))
                || concessiveAsides.matches(t);
        if (!(relative || apposition || modifier)) {
            return -1;
        }
        int close = closing(a, k, to, ",");
        c.aside(j, close);
        if (relative) {
            ClauseBuilder rel = new ClauseBuilder(Clause.Kind.RELATIVE, k + 1, close);
            rel.parent = c;
            rel.governor = j - 1;
            rel.subjFrom = k + 1;
            rel.subjTo = k + 1;
            rel.predFrom = k + 1;
            c.children.add(rel);
        }
        return close;
    }

    private static boolean roleWithin(AnalysedSentence a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a.roleAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index after the closing mark of a parenthetical opened before k, or {@code to}. A comma
     * inside a list of names ("including the Wren Trust, Acme, Foomail and ...") does not
     * close it.
     */
    private int closing(AnalysedSentence a, int k, int to, String mark) {
        for (int i = k; i < to; i++) {
            if (a.token(i).is(mark)) {
                boolean listComma = mark.equals(",") && i > k && a.mentionAt(i - 1) != null && i + 1 < to
                        && a.mentionAt(i + 1) != null && !a.isVerb(i + 1);
                if (listComma && i + 1 < to) {
                    Mention next = outer(a, a.mentionAt(i + 1));
                    boolean continues = next.to < to && (a.token(next.to).is(",") || and.matches(a.token(next.to)));
                    if (continues) {
                        continue;
                    }
                }
                return i + 1;
            }
        }
        return to;
    }

    // ---- predicate

    private void predicate(AnalysedSentence a, List<DateMention> dates, ClauseBuilder c, int from, int to) {
        int n = to;
        for (int p = from; p < n; p++) {
            if (c.inParenthetical(p) || a.mentionAt(p) != null && a.token(p).isCapitalized()) {
                continue;
            }
            Token t = a.token(p);
            // ", they wrote," in the predicate
            if (t.is(",") && p + 3 < n && a.pos(p + 1).equals("PRON") && reportingVerbs.contains(a.token(p + 2).lower())
                    && a.token(p + 3).is(",")) {
                c.speakerPronoun = p + 1;
                c.aside(p, p + 4);
                p += 3;
                continue;
            }
            if (t.is("\u2014") || t.is("(")) {
                int close = closing(a, p + 1, n, t.is("(") ? ")" : "\u2014");
                c.aside(p, close);
                p = close - 1;
                continue;
            }
            ClauseBuilder child = childAt(a, dates, c, p, n);
            if (child != null) {
                c.endWindowAt(p);
                c.children.add(child);
                return;
            }
        }
    }

    private ClauseBuilder childAt(AnalysedSentence a, List<DateMention> dates, ClauseBuilder c, int p, int n) {
        Token t = a.token(p);
        if (p == c.predFrom && !a.isVerb(p) && !reportingVerbs.contains(t.lower())) {
            return null;
        }
        // a relative clause on a noun: "any country that required a master key"
        if (relativeOnNoun.matches(t) && p > c.predFrom && p + 1 < n
                && (a.pos(p - 1).equals("NOUN") || a.pos(p - 1).equals("PROPN")) && a.isVerb(p + 1)
                && !reportingVerbs.contains(a.token(p - 1).lower())) {
            return subjectless(a, dates, Clause.Kind.RELATIVE, c, p + 1, n, p - 1);
        }
        // complement: "that ..."
        if (complementiser.matches(t) && p + 1 < n && (a.pos(p).equals("SCONJ") || isReportingBefore(a, c, p))
                && (!a.isVerb(p + 1) || gerund.endsOneOf(a.token(p + 1).lower()))) {
            return complement(a, dates, c, p + 1, n, governorBefore(a, c, p));
        }
        // "..., when the Heat Initiative sent a letter to ...": an event the sentence asserts
        if (eventSubordinators.contains(t.lower()) && p > c.predFrom && p + 1 < n && startsClause(a, p + 1, n)) {
            return clause(a, dates, p + 1, n, Clause.Kind.COORDINATE, c);
        }
        // a subordinate condition inside the predicate: "unless ...", "if ..."
        if (subordinators.contains(t.lower()) && !nonConditional.matches(t) && p > c.predFrom) {
            ClauseBuilder adv = new ClauseBuilder(Clause.Kind.ADVERBIAL, p, n);
            adv.parent = c;
            return adv;
        }
        // complement without "that": "told a radio station the firm would leave", "said the proposal posed"
        PhraseMatcher.Match rep = reporting.at(a.tokens(), p);
        if (rep != null && a.isVerb(p)) {
            int k = skipAddressee(a, rep.to(), n);
            if (k < n && !complementiser.matches(a.token(k)) && startsClause(a, k, n)) {
                c.endWindowAt(k);
                return complement(a, dates, c, k, n, p);
            }
        }
        if (t.is(",") && p + 1 < n) {
            Token u = a.token(p + 1);
            // ", urging him to ..."
            if (a.pos(p + 1).equals("VERB") && gerund.endsOneOf(u.lower())) {
                return subjectless(a, dates, Clause.Kind.PARTICIPIAL, c, p + 1, n, -1);
            }
            // "..., and that it would not build a backdoor": a second clause of the same reporting verb
            if (and.matches(u) && p + 2 < n && complementiser.matches(a.token(p + 2)) && c.kind == Clause.Kind.COMPLEMENT
                    && c.parent != null) {
                ClauseBuilder sibling = complement(a, dates, c.parent, p + 3, n, c.governor);
                sibling.parent = c.parent;
                c.parent.children.add(sibling);
                c.endWindowAt(p);
                return null;
            }
            // ", and Senator Jane Roe echoed ..." / ", and the Harbour Agency told ..."
            if (andBut.matches(u) && p + 2 < n && startsClause(a, p + 2, n)) {
                return clause(a, dates, p + 2, n, Clause.Kind.COORDINATE, c);
            }
            // ", Denmark, which holds ..., is among its leading supporters"
            if (a.mentionAt(p + 1) != null && startsClause(a, p + 1, n)) {
                return clause(a, dates, p + 1, n, Clause.Kind.COORDINATE, c);
            }
            if (relativeAfterComma.matches(u)) {
                // in a list of names ("A, director of B, which runs C; D, ..."), the list goes on after the semicolon
                int end = semicolonOrEnd(a, p + 2, n);
                return subjectless(a, dates, Clause.Kind.RELATIVE, c, p + 2, end, p - 1);
            }
        }
        // "..., they wrote, and a side entrance ... might be created": a new clause after an aside
        if (andBut.matches(t) && p > 0 && a.token(p - 1).is(",") && p + 1 < n && startsClause(a, p + 1, n)) {
            return clause(a, dates, p + 1, n, Clause.Kind.COORDINATE, c);
        }
        // "said strong encryption protects children, and urged Meta to ...": a second predicate of the speaker
        if (c.kind == Clause.Kind.COMPLEMENT && c.parent != null && and.matches(t) && p > c.predFrom
                && a.token(p - 1).is(",") && p + 1 < n && a.isVerb(p + 1) && past.endsOneOf(a.token(p + 1).lower())) {
            c.endWindowAt(p - 1);
            return subjectless(a, dates, Clause.Kind.COORDINATE, c.parent, p + 1, n, -1);
        }
        // "... and widens its encryption to backups": a second predicate of the same subject
        if (andOr.matches(t) && p + 1 < n && a.isVerb(p + 1)
                && !(p > 0 && a.token(p - 1).is(",")) && !(p > 1 && to.matches(a.token(p - 2)) && a.isVerb(p - 1))) {
            return subjectless(a, dates, Clause.Kind.COORDINATE, c, p + 1, n, -1);
        }
        // "both of whom praised ..."
        if (both.matches(t) && p + 2 < n && of.matchesAsWritten(a.token(p + 1)) && whom.matches(a.token(p + 2))) {
            ClauseBuilder rel = new ClauseBuilder(Clause.Kind.RELATIVE, p + 3, n);
            rel.parent = c;
            rel.governor = p - 2;
            rel.subjFrom = p;
            rel.subjTo = p + 1;
            rel.predFrom = p + 3;
            predicate(a, dates, rel, p + 3, n);
            return rel;
        }
        return null;
    }

    /**
     * A clause whose subject is elsewhere (a participle, a relative, a second predicate), its
     * predicate from its first word. A coordinate one inherits its parent's subject.
     */
    private ClauseBuilder subjectless(AnalysedSentence a, List<DateMention> dates, Clause.Kind kind, ClauseBuilder parent, int from, int to,
            int governor) {
        ClauseBuilder k = new ClauseBuilder(kind, from, to);
        k.parent = parent;
        k.governor = governor;
        k.inheritsSubject = kind == Clause.Kind.COORDINATE;
        predicate(a, dates, k, from, to);
        return k;
    }

    private static int semicolonOrEnd(AnalysedSentence a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.token(i).is(";")) {
                return i;
            }
        }
        return to;
    }

    private ClauseBuilder complement(AnalysedSentence a, List<DateMention> dates, ClauseBuilder parent, int from, int to, int governor) {
        ClauseBuilder comp = clause(a, dates, from, to, Clause.Kind.COMPLEMENT, parent);
        comp.governor = governor;
        return comp;
    }

    private boolean isReportingBefore(AnalysedSentence a, ClauseBuilder c, int p) {
        return governorBefore(a, c, p) >= 0;
    }

    /** The reporting verb or noun the "that" at p depends on, or -1. */
    private int governorBefore(AnalysedSentence a, ClauseBuilder c, int p) {
        for (int k = p - 1; k >= Math.max(c.predFrom, p - 8); k--) {
            if (reportingVerbs.contains(a.token(k).lower()) || a.pos(k).equals("NOUN")) {
                return k;
            }
        }
        return p - 1;
    }

    /** After "told": the addressee ("the BBC", "senators", "Parliament in March 2019"); the index after it. */
    private int skipAddressee(AnalysedSentence a, int k, int n) {
        int i = k;
        if (i < n && the.matches(a.token(i)) && i + 1 < n && a.mentionAt(i + 1) != null) {
            i++;
        }
        Mention m = i < n ? a.mentionAt(i) : null;
        if (m != null && outer(a, m).possessive()) {
            return k;
        }
        if (m != null && a.isVerb(Math.max(0, k - 1))) {
            Mention w = outer(a, m);
            // an addressee only if a clause follows it
            if (w.to < n && startsClause(a, w.to, n)) {
                return w.to;
            }
        }
        if (i < n && a.pos(i).equals("NOUN") && plural.endsOneOf(a.token(i).text()) && i + 1 < n && startsClause(a, i + 1, n)) {
            return i + 1;
        }
        return k;
    }

    /** Whether a clause with a subject and a finite verb starts at k: a short noun phrase, then an auxiliary or verb. */
    private boolean startsClause(AnalysedSentence a, int k, int n) {
        if (k < n && a.pos(k).equals("ADP")) {
            return false;
        }
        int j = k;
        int words = 0;
        while (j < n && words < 14) {
            Token t = a.token(j);
            Mention m = a.mentionAt(j);
            if (m != null) {
                j = Math.max(j + 1, outer(a, m).to);
                words++;
                boolean relative = j + 1 < n && a.token(j).is(",") && relativeAfterComma.matches(a.token(j + 1));
                if (j + 1 < n && a.token(j).is(",") && (m.kind() == org.w3id.e2eekg.fact.ActorKind.PERSON || relative)) {
                    j = closing(a, j + 1, n, ",");
                }
                continue;
            }
            if (t.is(",") || t.is(";") || t.is(".")) {
                return false;
            }
            if (a.isVerb(j)) {
                if (gerund.endsOneOf(t.lower()) && !a.pos(j).equals("AUX") && words > 0) {
                    j++;
                    words++;
                    continue;
                }
                return words > 0;
            }
            if (thatOrTo.matches(t)) {
                return false;
            }
            j++;
            words++;
        }
        return false;
    }
}
