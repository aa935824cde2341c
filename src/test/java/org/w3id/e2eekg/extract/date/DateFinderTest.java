package org.w3id.e2eekg.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.fact.DateValue;

/** The date stage on single sentences, against an article dated 15 March 2024. */
class DateFinderTest {
    private final DateFinder dates = new DateFinder(StageInput.LEXICON);

    private List<DateMention> find(String sentence, DateValue last) {
        AnalysedSentence a = StageInput.of(sentence).sentence(0);
        return dates.find(a, StageInput.DATE, last);
    }

    private List<String> values(String sentence) {
        return find(sentence, null).stream().map(d -> d.value().iso()).toList();
    }

    @Test
    void fullDatesInEitherOrder() {
        assertEquals(List.of("2019-10-04"), values("The letter was sent on 4 October 2019 to the minister."));
        assertEquals(List.of("2020-02-06"), values("The letter was sent on February 6, 2020, to the minister."));
        assertEquals(List.of("2019-10"), values("The letter was sent in October 2019."));
        // American style, the month abbreviated with its full stop
        assertEquals(List.of("2021-08-19"), values("The groups wrote on Aug. 19, 2021, to the company."));
        assertEquals(List.of("2023-09-03"), values("The company said on Sept. 3 that it would wait."));
    }

    @Test
    void aDateWithoutAYearTakesTheLatestThatIsNotAfterTheArticle() {
        assertEquals(List.of("2024-03-09"), values("The group wrote on 9 March to the regulator."));
        assertEquals(List.of("2023-12-09"), values("The group wrote on 9 December to the regulator."));
    }

    @Test
    void aDaySoonAfterADateWrittenWithItsYearTakesThatYear() {
        DateValue written = new DateValue(2016, 2, 25);
        AnalysedSentence brief = StageInput.of("Three firms filed a brief on March 3 backing the company.").sentence(0);
        assertEquals("2016-03-03", dates.find(brief, StageInput.DATE, written, written).get(0).value().iso());
        // without a date written in the paragraph, or long after it, or for a month alone: the article's year
        assertEquals("2024-03-03", dates.find(brief, StageInput.DATE, written, null).get(0).value().iso());
        AnalysedSentence later = StageInput.of("Three firms filed a brief on 3 September backing the company.").sentence(0);
        assertEquals("2023-09-03", dates.find(later, StageInput.DATE, written, written).get(0).value().iso());
        AnalysedSentence month = StageInput.of("Three firms filed a brief in March backing the company.").sentence(0);
        assertEquals("2024-03", dates.find(month, StageInput.DATE, written, written).get(0).value().iso());
    }

    @Test
    void aMonthOfLastOrThisYear() {
        assertEquals(List.of("2023-10"), values("The ministers wrote to the firm in October last year."));
        assertEquals(List.of("2024-02"), values("The ministers wrote to the firm in February this year."));
    }

    @Test
    void relativeDatesCountFromTheArticle() {
        assertEquals(List.of("2023-10"), values("The company announced the change last October."));
        assertEquals(List.of("2024-03"), values("The company announced the change this week."));
        assertEquals(List.of("2023"), values("The company announced the change last year."));
        assertEquals(List.of("2024-03-12"), values("The company announced the change on Tuesday."));
        // American style: a weekday straight after the verb
        assertEquals(List.of("2024-03-11"), values("The coalition's letter was published Monday and sent to the minister."));
        List<DateMention> found = find("The company announced the change last October.", null);
        assertTrue(found.get(0).relative());
    }

    @Test
    void todayAndThisMorningAreTheArticlesDate() {
        assertEquals(List.of("2024-03-15"), values("The statement was published this morning."));
        assertEquals(List.of("2024-03-15"), values("The coalition publishes its statement today."));
        assertEquals(List.of("2024-03-14"), values("The coalition published its statement yesterday."));
        assertEquals(List.of(), values("This statement is the coalition's first."));
    }

    @Test
    void aCountOfDaysCountsFromTheLastDayGiven() {
        DateValue last = new DateValue(2021, 8, 19);
        assertEquals("2021-08-17", find("Two days earlier the MP had written to the firm.", last).get(0).value().iso());
        assertEquals("2021-08-20", find("A day later the firm replied.", last).get(0).value().iso());
        // without a day to count from, the month, as for "days later"
        assertEquals("2021-08", find("Two days later the firm replied.", new DateValue(2021, 8, 0)).get(0).value().iso());
    }

    @Test
    void daysLaterCountsFromTheLastDateGiven() {
        List<DateMention> found = find("Days later, the regulator replied.", new DateValue(2019, 10, 4));
        assertEquals(1, found.size());
        assertEquals("2019-10", found.get(0).value().iso());
        assertEquals(0, find("Days later, the regulator replied.", null).size());
    }

    @Test
    void aBareYearIsMarkedAsSuch() {
        List<DateMention> found = find("The charity counted the reports in 2018.", null);
        assertEquals(1, found.size());
        assertTrue(found.get(0).yearOnly());
        assertEquals(2018, found.get(0).value().year());
    }

    @Test
    void mayAndMarchAreMonthsOnlyNextToANumberOrAfterADatePreposition() {
        assertEquals(List.of(), values("The company said it May scan messages."));
        assertEquals(List.of("2023-05"), values("The states signed a statement last May."));
        assertEquals(List.of(), values("Protesters will March on the ministry."));
        assertEquals(List.of("2023-05"), values("The law passed in May."));
        assertEquals(List.of("2024-03-02"), values("The law passed on 2 March."));
    }

    @Test
    void mentionsCoverTheirTokens() {
        List<DateMention> found = find("On 4 October 2019, the ministers wrote to Facebook.", null);
        DateMention d = found.get(0);
        assertEquals(1, d.from());
        assertEquals(4, d.to());
        assertFalse(d.relative());
    }
}
