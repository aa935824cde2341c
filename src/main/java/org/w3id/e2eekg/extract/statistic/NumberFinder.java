package org.w3id.e2eekg.extract.statistic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.extract.date.DateFinder;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.StatisticFact;

/**
 * Figures in every common format: digits with grouping (2,500), decimals with a magnitude
 * word or suffix (16.8 million, 20.3m, 2.7 billion), percentages (70%, 70 per cent),
 * currencies (£18 million), ratios (seven in ten, one in five) and spelled numbers with a
 * unit (sixteen ... is a duration and dropped). Dates, years, durations, identifiers (Article
 * 7, iOS 15) and small spelled numbers ("three governments") are not figures. The unit is the
 * noun the figure counts; a figure without one ("4 million, or 35%", "1,753 of them")
 * borrows it from the figure or plural noun before it. Immutable and thread-safe.
 */
final class NumberFinder {
    private final Map<String, String> numberWords;
    private final Map<String, String> scaleWords;
    private final Map<String, String> currencies;
    private final Set<String> timeUnits;
    private final Set<String> identifierWords;
    private final PhraseMatcher percentWords;
    private final PhraseMatcher approximators;
    private final List<String> magnitudeSuffixes;
    private final WordSet ratioWords;
    private final WordSet of;
    private final WordSet and;
    private final WordSet partitiveDeterminers;
    private final WordSet partitivePronouns;
    private final WordSet ageEndings;
    private final WordSet pluralEndings;
    private final WordSet gerundEndings;
    private final WordSet pastEndings;

    NumberFinder(Lexicon lex) {
        numberWords = lex.pairs("numberWords");
        scaleWords = lex.pairs("scaleWords");
        currencies = lex.pairs("currencies");
        timeUnits = lex.lower("timeUnits");
        identifierWords = lex.lower("identifierWords");
        percentWords = lex.phrases("percentWords");
        approximators = lex.phrases("approximators");
        magnitudeSuffixes = lex.entries("magnitudeSuffixes");
        ratioWords = WordSet.of(lex, "ratioWords");
        of = WordSet.of(lex, "prepositionOf");
        and = WordSet.of(lex, "conjunctionAnd");
        partitiveDeterminers = WordSet.of(lex, "partitiveDeterminers", "partitivePronouns");
        partitivePronouns = WordSet.of(lex, "partitivePronouns");
        ageEndings = WordSet.of(lex, "ageEndings");
        pluralEndings = WordSet.of(lex, "pluralEndings");
        gerundEndings = WordSet.of(lex, "gerundEndings");
        pastEndings = WordSet.of(lex, "pastTenseEndings");
    }

    List<NumberMention> find(String text, AnalysedSentence a, boolean[] inDate) {
        List<NumberMention> out = new ArrayList<>();
        int n = a.size();
        for (int i = 0; i < n; i++) {
            if (inDate[i] || a.mentionAt(i) != null) {
                continue;
            }
            NumberMention m = at(text, a, i, inDate, out);
            if (m != null) {
                out.add(m);
                i = m.to() - 1;
            }
        }
        return out;
    }

    private NumberMention at(String text, AnalysedSentence a, int i, boolean[] inDate, List<NumberMention> before) {
        int n = a.size();
        Token t = a.token(i);
        BigDecimal v = numberValue(t);
        boolean spelled = !t.isNumber();
        if (v == null) {
            return null;
        }
        if (i > 0 && identifierWords.contains(a.token(i - 1).lower())) {
            return null;
        }
        if (t.isNumber() && DateFinder.isYear(t)) {
            return null;
        }
        if (t.isNumber() && t.text().length() == 4 && i >= 2 && a.inLaw(i - 2) && !a.inLaw(i)) {
            return null; // "the All Writs Act of 1789": the year of a law, however old
        }
        if (clockTime(a, i)) {
            return null;
        }
        int from = i;
        int k = i + 1;
        // ratio: "seven in ten", "one in five"
        if (k + 1 < n && ratioWords.matches(a.token(k))) {
            BigDecimal of = numberValue(a.token(k + 1));
            if (of != null && of.compareTo(v) > 0 && of.compareTo(BigDecimal.valueOf(1000)) <= 0) {
                BigDecimal pct = v.multiply(BigDecimal.valueOf(100)).divide(of, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                String measure = nounPhrase(text, a, k + 2);
                return new NumberMention(from, k + 2, pct, StatisticFact.PERCENT, a.text(text, i, k + 2), qualifier(text, a, i),
                        measure);
            }
        }
        // magnitude word: "16.8 million"
        if (k < n) {
            String scale = scaleWords.get(a.token(k).lower());
            if (scale != null && a.token(k).isWord() && a.token(k).text().length() > 2) {
                v = v.multiply(new BigDecimal(scale));
                k++;
                spelled = false;
            }
        }
        if (spelled && v.compareTo(BigDecimal.TEN) < 0) {
            return null;
        }
        String written = a.text(text, i, k);
        String q = qualifier(text, a, i);
        // currency before, percent after
        // "£18m", and an ISO 4217 code in capitals before the figure: "CHF 100 million"
        if (i > 0 && currencies.containsKey(a.token(i - 1).lower())
                && (a.token(i - 1).type() == Token.Type.SYMBOL || a.token(i - 1).isAcronym())) {
            return new NumberMention(i - 1, k, v, currencies.get(a.token(i - 1).lower()), a.text(text, i - 1, k), q, null);
        }
        PhraseMatcher.Match pct = k < n ? percentWords.at(a.tokens(), k) : null;
        if (pct != null) {
            String measure = k < n && pct.to() + 1 < n && of.matchesAsWritten(a.token(pct.to())) ? nounPhrase(text, a, pct.to() + 1)
                    : null;
            return new NumberMention(from, pct.to(), v, StatisticFact.PERCENT, a.text(text, i, pct.to()), q, measure);
        }
        if (k < n && currencies.containsKey(a.token(k).lower()) && a.token(k).isWord()) {
            return new NumberMention(from, k + 1, v, currencies.get(a.token(k).lower()), a.text(text, i, k + 1), q, null);
        }
        // "50 lakh (5 million) registered users": the bracketed equivalent is the same figure
        int close = -1;
        if (k < n && a.token(k).is("(")) {
            for (int j = k + 1; j < Math.min(n, k + 6); j++) {
                if (a.token(j).is(")")) {
                    close = j;
                    break;
                }
            }
        }
        // the unit: the noun phrase after it, after "of the", or borrowed
        int u = close > 0 ? close + 1 : k;
        if (u + 1 < n && of.matchesAsWritten(a.token(u)) && partitiveDeterminers.matches(a.token(u + 1))) {
            u += partitivePronouns.matches(a.token(u + 1)) ? 1 : 2;
        }
        while (u < n && numberValue(a.token(u)) != null && u < k + 4) {
            u++;
            if (u < n && scaleWords.containsKey(a.token(u).lower()) && a.token(u).text().length() > 2) {
                u++;
            }
        }
        int[] np = nounPhraseSpan(a, u);
        String unit;
        String measure = null;
        int to = k;
        if (np != null) {
            unit = a.token(np[1] - 1).lower();
            measure = a.text(text, np[0], np[1]);
            if (np[1] - np[0] >= 3 && and.matchesAsWritten(a.token(np[1] - 2)) && a.pos(np[1] - 3).equals("NOUN")) {
                unit = a.text(text, np[1] - 3, np[1]).toLowerCase(Locale.ROOT);
            }
            if (u == k || u == close + 1) {
                to = np[1];
            }
        } else {
            unit = borrowedUnit(a, i, before);
            if (unit == null) {
                return null;
            }
        }
        if (timeUnits.contains(unit) || ageEndings.endsOneOf(unit)) {
            return null;
        }
        if (spelled && v.compareTo(BigDecimal.TEN) < 0) {
            return null;
        }
        return new NumberMention(from, to, v, unit, written, q, measure);
    }

    /** "9:14", "05:30": the hour or the minutes of a clock time. */
    private static boolean clockTime(AnalysedSentence a, int i) {
        boolean hour = i + 2 < a.size() && a.token(i + 1).is(":") && twoDigits(a.token(i + 2));
        boolean minutes = i >= 2 && a.token(i - 1).is(":") && a.token(i - 2).isNumber() && twoDigits(a.token(i));
        return hour || minutes;
    }

    private static boolean twoDigits(Token t) {
        return t.text().length() == 2 && Character.isDigit(t.text().charAt(0)) && Character.isDigit(t.text().charAt(1));
    }

    /** The value of a digit token (with grouping and magnitude suffix) or a spelled number, or null. */
    BigDecimal numberValue(Token t) {
        if (t.isNumber()) {
            String s = t.text().replace(",", "");
            BigDecimal factor = BigDecimal.ONE;
            for (String suffix : magnitudeSuffixes) {
                if (s.endsWith(suffix)) {
                    factor = new BigDecimal(scaleWords.get(suffix));
                    s = s.substring(0, s.length() - suffix.length());
                    break;
                }
            }
            try {
                return new BigDecimal(s).multiply(factor);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String w = numberWords.get(t.lower());
        return w == null ? null : new BigDecimal(w);
    }

    private String qualifier(String text, AnalysedSentence a, int i) {
        for (int back = 3; back >= 1; back--) {
            if (i - back < 0) {
                continue;
            }
            PhraseMatcher.Match m = approximators.at(a.tokens(), i - back);
            if (m != null && m.to() == i) {
                return m.entry();
            }
        }
        return null;
    }

    private String nounPhrase(String text, AnalysedSentence a, int k) {
        int[] np = nounPhraseSpan(a, k);
        return np == null ? null : a.text(text, np[0], np[1]);
    }

    /** Adjectives and nouns from k that end in a noun ("online grooming crimes", "pictures and videos"). */
    private int[] nounPhraseSpan(AnalysedSentence a, int k) {
        int n = a.size();
        int start = k;
        int end = k;
        int lastNoun = -1;
        while (end < n) {
            Token t = a.token(end);
            String p = a.pos(end);
            if (!t.isWord() || a.mentionAt(end) != null && !t.isCapitalized()) {
                break;
            }
            // right after a figure, a lower-case plural is its unit whatever the tagger says ("32 million reports")
            boolean pluralAfterFigure = end == start && !t.isCapitalized() && pluralEndings.endsOneOf(t.lower()) && t.text().length() > 3
                    && !p.equals("AUX");
            boolean nounish = p.equals("NOUN") || pluralAfterFigure || (p.equals("PROPN") && a.mentionAt(end) == null
                    && !t.isAcronym() && pluralEndings.endsOneOf(t.text()));
            if (nounish) {
                lastNoun = end;
                end++;
                continue;
            }
            boolean participle = p.equals("VERB") && (gerundEndings.endsOneOf(t.text()) || pastEndings.endsOneOf(t.text()))
                    && end + 1 < n && (a.pos(end + 1).equals("NOUN") || pluralEndings.endsOneOf(a.token(end + 1).lower()));
            if (p.equals("ADJ") || (p.equals("PROPN") && t.isCapitalized()) || participle) {
                end++;
                continue;
            }
            if (and.matchesAsWritten(t) && lastNoun == end - 1 && end + 1 < n
                    && (a.pos(end + 1).equals("NOUN") || a.pos(end + 1).equals("ADJ"))) {
                end++;
                continue;
            }
            break;
        }
        if (lastNoun < 0) {
            return null;
        }
        return new int[] {start, lastNoun + 1};
    }

    /** The unit of the figure before in the sentence, or the nearest plural noun before the figure. */
    private String borrowedUnit(AnalysedSentence a, int i, List<NumberMention> before) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = a.token(j);
            if (a.pos(j).equals("NOUN") && pluralEndings.endsOneOf(t.text()) && !timeUnits.contains(t.lower())) {
                for (NumberMention m : before) {
                    if (m.to() > j && m.from() <= j) {
                        return m.unit();
                    }
                }
                return t.lower();
            }
        }
        if (!before.isEmpty()) {
            return before.get(before.size() - 1).unit();
        }
        return null;
    }
}
