package org.w3id.e2eekg.graph;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
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
 * <p>Trade-off: three more triples per date, in exchange for dates that compare as dates;
 * the stated date stays, so nothing of what the article said is lost.
 */
public final class DateSpans {
    private DateSpans() {}

    /** Adds the start, end and precision of every {@code dcterms:date} in {@code graph}; returns it. */
    public static Model apply(Model graph) {
        List<Statement> dated = graph.listStatements(null, DCTerms.date, (RDFNode) null).toList();
        for (Statement s : dated) {
            if (!s.getObject().isLiteral()) {
                continue;
            }
            Literal date = s.getLiteral();
            String lexical = date.getLexicalForm();
            String type = date.getDatatypeURI();
            LocalDate start;
            LocalDate end;
            String precision;
            try {
                if (XSDDatatype.XSDdate.getURI().equals(type)) {
                start = LocalDate.parse(lexical);
                end = start;
                precision = "day";
            } else if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                YearMonth month = YearMonth.parse(lexical);
                start = month.atDay(1);
                end = month.atEndOfMonth();
                precision = "month";
            } else if (XSDDatatype.XSDgYear.getURI().equals(type)) {
                int year = Integer.parseInt(lexical);
                start = LocalDate.of(year, 1, 1);
                end = LocalDate.of(year, 12, 31);
                precision = "year";
            } else {
                continue;
            }
            } catch (DateTimeException | NumberFormatException e) {
                // a date with a time zone or out of range: it keeps its dcterms:date only
                continue;
            }
            s.getSubject().addLiteral(E2K.startDate, graph.createTypedLiteral(start.toString(), XSDDatatype.XSDdate));
            s.getSubject().addLiteral(E2K.endDate, graph.createTypedLiteral(end.toString(), XSDDatatype.XSDdate));
            s.getSubject().addProperty(E2K.datePrecision, precision);
        }
        return graph;
    }
}
