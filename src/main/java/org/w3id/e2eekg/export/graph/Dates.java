package org.w3id.e2eekg.export.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * Dates of edges for timelines. RDF dates come as {@code xsd:date}, {@code xsd:dateTime},
 * {@code xsd:gYearMonth} or {@code xsd:gYear}; a timeline wants one day, so a month or year
 * is taken at its first day ({@code 2019-10} is {@code 2019-10-01}) and a time is dropped.
 */
final class Dates {
    private static final Map<String, Integer> LENGTHS = Map.of(XSDDatatype.XSDdate.getURI(), 10,
            XSDDatatype.XSDdateTime.getURI(), 10, XSDDatatype.XSDgYearMonth.getURI(), 7, XSDDatatype.XSDgYear.getURI(), 4);

    private Dates() {}

    /** The earliest day among the date-typed values, if any. */
    static Optional<String> earliest(Collection<List<Value>> values) {
        return values.stream().flatMap(List::stream).map(Dates::day).filter(Objects::nonNull).min(String::compareTo);
    }

    /** The first day a date-typed value covers, {@code YYYY-MM-DD}; null for any other value. */
    static String day(Value v) {
        Integer length = LENGTHS.get(v.datatype());
        String t = v.text().strip();
        if (length == null || t.length() < length || !t.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        String head = t.substring(0, length);
        return switch (length) {
            case 4 -> head + "-01-01";
            case 7 -> head + "-01";
            default -> head;
        };
    }
}
