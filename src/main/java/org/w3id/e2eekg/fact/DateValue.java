package org.w3id.e2eekg.fact;

import java.time.LocalDate;

/**
 * A calendar date known to the precision the text gives: a year, a month or a day.
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known
 */
public record DateValue(int year, int month, int day) implements Comparable<DateValue> {

    public static DateValue of(LocalDate d) {
        return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** ISO 8601 at its precision: 2019, 2019-10 or 2019-10-04. */
    public String iso() {
        if (!hasMonth()) {
            return String.format("%04d", year);
        }
        if (!hasDay()) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(DateValue o) {
        return iso().compareTo(o.iso());
    }

    @Override
    public String toString() {
        return iso();
    }
}
