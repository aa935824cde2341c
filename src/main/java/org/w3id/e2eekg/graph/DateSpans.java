package org.w3id.e2eekg.graph;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Gives every dated thing of an article's graph a sortable date: beside its
 * {@code dcterms:date} as the text states it ({@code xsd:date}, {@code xsd:gYearMonth} or
 * {@code xsd:gYear}), the first and last day of that period as {@code xsd:date}
 * ({@code e2k:startDate}, {@code e2k:endDate}) and its precision ({@code e2k:datePrecision}:
 * {@code "day"}, {@code "month"} or {@code "year"}). So "letters of 2020" is
 * {@code FILTER(?start >= "2020-01-01"^^xsd:date && ?end <= "2020-12-31"^^xsd:date)} and
 * {@code ORDER BY ?start} sorts days, months and years together, with no {@code STR()}.
 *
 * <p>A thing has one start, one end and one precision. When the text gives it several dates
 * (October 2019 in one sentence, 4 October 2019 in another), the most precise ones count,
 * and the span runs from the earliest of them to the latest.
 *
 * <p>Trade-off: three more triples per dated thing, in exchange for dates that compare as
 * dates; the stated dates stay, so nothing of what the article said is lost.
 */
public final class DateSpans {
    private DateSpans() {}

    /** One stated date as a span of days. */
    private record Span(LocalDate start, LocalDate end, int precision) {
        static final List<String> PRECISIONS = List.of("year", "month", "day");

        static Optional<Span> of(Literal date) {
            String lexical = date.getLexicalForm();
            String type = date.getDatatypeURI();
            try {
                if (XSDDatatype.XSDdate.getURI().equals(type)) {
                    LocalDate day = LocalDate.parse(lexical);
                    return Optional.of(new Span(day, day, 2));
                }
                if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                    YearMonth month = YearMonth.parse(lexical);
                    return Optional.of(new Span(month.atDay(1), month.atEndOfMonth(), 1));
                }
                if (XSDDatatype.XSDgYear.getURI().equals(type)) {
                    int year = Integer.parseInt(lexical);
                    return Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // a date with a time zone or out of range: it keeps its dcterms:date only
            }
            return Optional.empty();
        }
    }

    /** Adds the start, end and precision of every thing with a {@code dcterms:date} in {@code graph}; returns it. */
    public static Model apply(Model graph) {
        Map<Resource, List<Span>> bySubject = new LinkedHashMap<>();
        for (Statement s : graph.listStatements(null, DCTerms.date, (RDFNode) null).toList()) {
            if (s.getObject().isLiteral()) {
                Span.of(s.getLiteral()).ifPresent(span -> bySubject.computeIfAbsent(s.getSubject(), k -> new ArrayList<>()).add(span));
            }
        }
        bySubject.forEach((subject, spans) -> {
            int precision = spans.stream().mapToInt(Span::precision).max().orElseThrow();
            List<Span> best = spans.stream().filter(sp -> sp.precision() == precision).toList();
            LocalDate start = best.stream().map(Span::start).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = best.stream().map(Span::end).max(Comparator.naturalOrder()).orElseThrow();
            subject.addLiteral(E2K.startDate, graph.createTypedLiteral(start.toString(), XSDDatatype.XSDdate));
            subject.addLiteral(E2K.endDate, graph.createTypedLiteral(end.toString(), XSDDatatype.XSDdate));
            subject.addProperty(E2K.datePrecision, Span.PRECISIONS.get(precision));
        });
        return graph;
    }
}
