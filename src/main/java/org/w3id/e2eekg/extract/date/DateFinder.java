package org.w3id.e2eekg.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.DateValue;

/**
 * Dates in English news text: "4 October 2019", "February 6, 2020", "October 2019",
 * "9 December", "In April", "in 2018", "this week", "last October", "days later". A date
 * without a year takes the latest year that puts it on or before the article's date; a
 * relative date is resolved against the article's date, or "days later" against the last
 * date the article gave. Immutable and thread-safe.
 */
public final class DateFinder {
    /** how long after the last dated event a yearless date is still taken to be in its year */
    private static final int SAME_SEASON_DAYS = 92;
    private final WordSet months;
    private final Map<String, String> monthNumbers;
    private final WordSet weekdays;
    private final Map<String, String> weekdayNumbers;
    private final WordSet ambiguousMonths;
    private final WordSet datePrepositions;
    private final WordSet previous;
    private final WordSet current;
    private final WordSet earlier;
    private final WordSet weekdayDeterminers;
    private final WordSet weekNoun;
    private final WordSet monthNoun;
    private final WordSet yearNoun;
    private final WordSet yesterday;
    private final WordSet today;
    private final WordSet dayPart;
    private final WordSet the;
    private final WordSet dayNoun;
    private final WordSet sameDay;
    private final WordSet nextDay;
    private final WordSet laterUnits;
    private final WordSet later;
    private final WordSet laterQuantifiers;
    private final WordSet dayCountUnits;
    private final java.util.Map<String, String> numberWords;
    private final WordSet indefiniteArticles;

    public DateFinder(Lexicon lexicon) {
        months = WordSet.of(lexicon, "months");
        monthNumbers = lexicon.pairs("monthNumbers");
        weekdays = WordSet.of(lexicon, "weekdays");
        weekdayNumbers = lexicon.pairs("weekdayNumbers");
        ambiguousMonths = WordSet.of(lexicon, "ambiguousMonths");
        datePrepositions = WordSet.of(lexicon, "datePrepositions");
        previous = WordSet.of(lexicon, "previousPeriodWords");
        current = WordSet.of(lexicon, "currentPeriodWords");
        earlier = WordSet.of(lexicon, "earlierWords");
        weekdayDeterminers = WordSet.of(lexicon, "weekdayDeterminers");
        weekNoun = WordSet.of(lexicon, "weekNouns");
        monthNoun = WordSet.of(lexicon, "monthNouns");
        yearNoun = WordSet.of(lexicon, "yearNouns");
        yesterday = WordSet.of(lexicon, "yesterdayWords");
        today = WordSet.of(lexicon, "todayWords");
        dayPart = WordSet.of(lexicon, "dayPartNouns");
        the = WordSet.of(lexicon, "definiteArticle");
        dayNoun = WordSet.of(lexicon, "dayNouns");
        sameDay = WordSet.of(lexicon, "sameDayWords");
        nextDay = WordSet.of(lexicon, "nextDayWords");
        laterUnits = WordSet.of(lexicon, "laterUnits");
        later = WordSet.of(lexicon, "laterWords");
        laterQuantifiers = WordSet.of(lexicon, "laterQuantifiers");
        dayCountUnits = WordSet.of(lexicon, "dayCountUnits");
        numberWords = lexicon.pairs("numberWords");
        indefiniteArticles = WordSet.of(lexicon, "indefiniteArticles");
    }

    /**
     * Month number 1-12 of a month name, or of an abbreviation of lex:months (the start of
     * the name: "Sept" of September); 0 for any other word.
     */
    int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Map.Entry<String, String> name : monthNumbers.entrySet()) {
            if (name.getKey().equals(w) || (w.length() >= 3 && name.getKey().startsWith(w)
                    && months.contains(word.toLowerCase(Locale.ROOT)))) {
                return Integer.parseInt(name.getValue());
            }
        }
        return 0;
    }

    /**
     * The dates of a sentence, left to right.
     *
     * @param articleDate the article's date, which supplies missing years and resolves "this week"; may be null
     * @param lastDate    the last date the article gave before this sentence, for "days later"; may be null
     */
    public List<DateMention> find(AnalysedSentence a, LocalDate articleDate, DateValue lastDate) {
        return find(a, articleDate, lastDate, null);
    }

    /**
     * The dates of a sentence, left to right.
     *
     * @param articleDate the article's date, which supplies missing years and resolves "this week"; may be null
     * @param lastDate    the last date the article gave before this sentence, for "days later"; may be null
     * @param written     the last date with its year written out in this paragraph, which supplies the year
     *                    of a date soon after it ("filed May 2, 2017 ... a brief on May 9"); may be null
     */
    public List<DateMention> find(AnalysedSentence a, LocalDate articleDate, DateValue lastDate, DateValue written) {
        List<DateMention> out = new ArrayList<>();
        int n = a.size();
        for (int i = 0; i < n; i++) {
            DateMention d = at(a, i, articleDate, lastDate, written);
            if (d != null) {
                out.add(d);
                i = d.to() - 1;
            }
        }
        return out;
    }

    private DateMention at(AnalysedSentence a, int i, LocalDate ad, DateValue last, DateValue written) {
        Token t = a.token(i);
        int n = a.size();
        // D Month [YYYY]
        if (isDay(t) && i + 1 < n && isMonth(a, i + 1)) {
            int mo = month(a.token(i + 1).text());
            int day = Integer.parseInt(t.text());
            if (i + 2 < n && isYear(a.token(i + 2))) {
                return new DateMention(i, i + 3, new DateValue(year(a.token(i + 2)), mo, day), false, false);
            }
            return inferred(i, i + 2, mo, day, ad, written);
        }
        if (isMonth(a, i)) {
            int mo = month(t.text());
            // "Aug. 19": the full stop of an abbreviated month
            int next = i + 1 < n && a.token(i + 1).is(".") && t.text().length() <= 4 ? i + 2 : i + 1;
            // Month D, YYYY / Month D
            if (next < n && isDay(a.token(next))) {
                int day = Integer.parseInt(a.token(next).text());
                int k = next + 1;
                if (k < n && a.token(k).is(",")) {
                    k++;
                }
                if (k < n && isYear(a.token(k))) {
                    return new DateMention(i, k + 1, new DateValue(year(a.token(k)), mo, day), false, false);
                }
                return inferred(i, next + 1, mo, day, ad, written);
            }
            // Month YYYY
            if (next < n && isYear(a.token(next))) {
                return new DateMention(i, next + 1, new DateValue(year(a.token(next)), mo, 0), false, false);
            }
            // "October last year", "March this year"
            if (ad != null && next + 1 < n && (previous.matches(a.token(next)) || current.matches(a.token(next)))
                    && yearNoun.matches(a.token(next + 1))) {
                int y = previous.matches(a.token(next)) ? ad.getYear() - 1 : ad.getYear();
                return new DateMention(i, next + 2, new DateValue(y, mo, 0), true, false);
            }
            // last October / In April
            if (i > 0 && previous.matches(a.token(i - 1)) && ad != null) {
                int y = mo < ad.getMonthValue() ? ad.getYear() : ad.getYear() - 1;
                return new DateMention(i - 1, i + 1, new DateValue(y, mo, 0), true, false);
            }
            if (i > 0 && isDatePreposition(a.token(i - 1)) || i == 0 || i == 1 && a.token(0).is("-")) {
                return inferred(i, i + 1, mo, 0, ad, written);
            }
            return null;
        }
        if (isYear(t)) {
            return new DateMention(i, i + 1, new DateValue(year(t), 0, 0), false, true);
        }
        return relative(a, i, ad, last);
    }

    private DateMention relative(AnalysedSentence a, int i, LocalDate ad, DateValue last) {
        int n = a.size();
        Token t = a.token(i);
        Token u = i + 1 < n ? a.token(i + 1) : t;
        // "on Tuesday", and in American style "published Tuesday": the last such day on or before the article's date
        int wd = weekday(t.text());
        if (wd > 0 && ad != null && i > 0 && (weekdayDeterminers.matches(a.token(i - 1)) || a.pos(i - 1).equals("VERB"))) {
            LocalDate d = ad;
            while (d.getDayOfWeek().getValue() != wd) {
                d = d.minusDays(1);
            }
            return new DateMention(i, i + 1, DateValue.of(d), true, false);
        }
        if (ad != null && earlier.matches(t) && current.matches(u) && i + 2 < n
                && (monthNoun.matches(a.token(i + 2)) || weekNoun.matches(a.token(i + 2)) || yearNoun.matches(a.token(i + 2)))) {
            boolean wholeYear = yearNoun.matches(a.token(i + 2));
            return new DateMention(i, i + 3, new DateValue(ad.getYear(), wholeYear ? 0 : ad.getMonthValue(), 0), true, false);
        }
        if (ad != null && current.matches(t) && (weekNoun.matches(u) || monthNoun.matches(u))) {
            return new DateMention(i, i + 2, new DateValue(ad.getYear(), ad.getMonthValue(), 0), true, false);
        }
        if (ad != null && previous.matches(t) && weekNoun.matches(u)) {
            LocalDate d = ad.minusWeeks(1);
            return new DateMention(i, i + 2, new DateValue(d.getYear(), d.getMonthValue(), 0), true, false);
        }
        if (ad != null && previous.matches(t) && monthNoun.matches(u)) {
            LocalDate d = ad.minusMonths(1);
            return new DateMention(i, i + 2, new DateValue(d.getYear(), d.getMonthValue(), 0), true, false);
        }
        if (ad != null && (current.matches(t) || previous.matches(t)) && yearNoun.matches(u)) {
            int y = current.matches(t) ? ad.getYear() : ad.getYear() - 1;
            return new DateMention(i, i + 2, new DateValue(y, 0, 0), true, false);
        }
        if (ad != null && yesterday.matches(t)) {
            return new DateMention(i, i + 1, DateValue.of(ad.minusDays(1)), true, false);
        }
        if (ad != null && today.matches(t)) {
            return new DateMention(i, i + 1, DateValue.of(ad), true, false);
        }
        if (ad != null && current.matches(t) && dayPart.matches(u)) {
            return new DateMention(i, i + 2, DateValue.of(ad), true, false); // "this morning"
        }
        // "the same day", "the next day", "the following day": the last date the article gave
        if (last != null && last.hasDay() && the.matches(t) && i + 2 < n && dayNoun.matches(a.token(i + 2))
                && (sameDay.matches(u) || nextDay.matches(u))) {
            LocalDate base = LocalDate.of(last.year(), last.month(), last.day());
            LocalDate d = sameDay.matches(u) ? base : base.plusDays(1);
            return new DateMention(i, i + 3, DateValue.of(d), true, false);
        }
        // "two days earlier", "a day later": counted from the last date given, when that has its day
        int days = i > 0 ? dayCount(a.token(i - 1)) : 0;
        if (last != null && last.hasDay() && days > 0 && dayCountUnits.matches(t) && (later.matches(u) || earlier.matches(u))) {
            LocalDate base = LocalDate.of(last.year(), last.month(), last.day());
            LocalDate d = later.matches(u) ? base.plusDays(days) : base.minusDays(days);
            return new DateMention(i - 1, i + 2, DateValue.of(d), true, false);
        }
        if (last != null && laterUnits.matches(t) && later.matches(u)) {
            int from = i > 0 && laterQuantifiers.matches(a.token(i - 1)) ? i - 1 : i;
            return new DateMention(from, i + 2, new DateValue(last.year(), last.month(), 0), true, false);
        }
        return null;
    }

    /** The number of days a word before "days" counts ("two", "3", "a"), or 0. */
    private int dayCount(Token word) {
        String w = word.lower();
        if (indefiniteArticles.matches(word)) {
            return 1;
        }
        if (numberWords.containsKey(w)) {
            return Integer.parseInt(numberWords.get(w));
        }
        return w.matches("[0-9]{1,2}") ? Integer.parseInt(w) : 0;
    }

    /** ISO number of a weekday written as lex:weekdays writes it (1 for Monday), or 0. */
    private int weekday(String w) {
        return weekdays.containsAsWritten(w) ? Integer.parseInt(weekdayNumbers.get(w.toLowerCase(Locale.ROOT))) : 0;
    }

    /**
     * A date written without its year: the year of the paragraph's last day written with its
     * year, when that year is past and the day falls within a season after it ("in a motion
     * filed May 2, 2017 ... a brief on May 9": 2017), else the last such day on or before
     * the article's date.
     */
    private DateMention inferred(int from, int to, int mo, int day, LocalDate ad, DateValue last) {
        if (ad == null) {
            return null;
        }
        if (last != null && last.hasDay() && day > 0 && last.year() < ad.getYear()) {
            // a day, not a month alone: "lodged in December" after "a December 2022 report" is the story's own time
            LocalDate since = LocalDate.of(last.year(), last.month(), last.day());
            LocalDate then = LocalDate.of(last.year(), mo, Math.min(day, 28));
            if (then.isAfter(since) && then.isBefore(since.plusDays(SAME_SEASON_DAYS))) {
                return new DateMention(from, to, new DateValue(last.year(), mo, day), true, false);
            }
        }
        int y = ad.getYear();
        if (mo > ad.getMonthValue() || (mo == ad.getMonthValue() && day > ad.getDayOfMonth())) {
            y--;
        }
        return new DateMention(from, to, new DateValue(y, mo, day), true, false);
    }

    private boolean isMonth(AnalysedSentence a, int i) {
        Token t = a.token(i);
        if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0)) || month(t.text()) == 0) {
            return false;
        }
        if (ambiguousMonths.matchesAsWritten(t)) {
            // the modal verb and the verb: a month only next to a number or after a date preposition
            boolean numberNear = (i + 1 < a.size() && a.token(i + 1).isNumber()) || (i > 0 && a.token(i - 1).isNumber());
            // "last May": after the word that makes it relative, too
            return numberNear || (i > 0 && (isDatePreposition(a.token(i - 1)) || previous.matches(a.token(i - 1))));
        }
        return true;
    }

    private boolean isDatePreposition(Token t) {
        return datePrepositions.matches(t);
    }

    private static boolean isDay(Token t) {
        if (!t.isNumber() || !t.text().matches("\\d{1,2}")) {
            return false;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31;
    }

    /** A four-digit number between 1900 and 2100. */
    public static boolean isYear(Token t) {
        if (!t.isNumber() || !t.text().matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    private static int year(Token t) {
        return Integer.parseInt(t.text());
    }
}
