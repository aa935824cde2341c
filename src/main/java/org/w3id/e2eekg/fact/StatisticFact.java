package org.w3id.e2eekg.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A figure the article gives: its value, unit and what it counts, the year it refers to,
 * who produced it and which documents cite it. Immutable; extraction collects it in a
 * {@link Builder}, since which documents cite a figure may only be known sentences later.
 *
 * @param value      the number (percentages in percent)
 * @param unit       plural noun, "percent" or a currency code
 * @param written    the figure as the article writes it ("16.8 million")
 * @param measure    what it counts, as written, or null
 * @param qualifier  the hedge before it ("more than"), or null
 * @param year       the year it refers to, or null
 * @param source     who produced it, or null
 * @param sourceProv the evidence for the source, or null
 * @param estimate   whether the article calls it an estimate
 * @param citedBy    the documents that cite it, each once, in the order found
 * @param evidence   the sentences that give it
 */
public record StatisticFact(BigDecimal value, String unit, String written, String measure, String qualifier, Integer year,
                            Actor source, Provenance sourceProv, boolean estimate, List<DocumentFact> citedBy,
                            SortedSet<Span> evidence) {
    /** The unit of a percentage: its value is in percent. */
    public static final String PERCENT = "percent";

    public StatisticFact {
        citedBy = List.copyOf(citedBy);
        evidence = Collections.unmodifiableSortedSet(new TreeSet<>(evidence));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit + (year != null ? " (" + year + ")" : "")
                + (source != null ? " by " + source.label() : "");
    }

    /**
     * A figure while its article is being read: the statistic stage fills it from one
     * sentence, and the end of the run adds the documents that cite it and merges repeats.
     * One builder belongs to one article run and is never shared between threads.
     */
    public static final class Builder {
        private final BigDecimal value;
        private final String unit;
        private final String written;
        private String measure;
        private String qualifier;
        private Integer year;
        private Actor source;
        private Provenance sourceProv;
        private boolean estimate;
        private final List<DocumentFact.Builder> citedBy = new ArrayList<>();
        private final SortedSet<Span> evidence = new TreeSet<>();

        /**
         * @param value   the number (percentages in percent)
         * @param unit    plural noun, "percent" or a currency code
         * @param written the figure as the article writes it ("16.8 million")
         */
        public Builder(BigDecimal value, String unit, String written) {
            this.value = value;
            this.unit = unit;
            this.written = written;
        }

        public BigDecimal value() {
            return value;
        }

        public String unit() {
            return unit;
        }

        public Integer year() {
            return year;
        }

        public Actor source() {
            return source;
        }

        public Builder measure(String measure) {
            this.measure = measure;
            return this;
        }

        public Builder qualifier(String qualifier) {
            this.qualifier = qualifier;
            return this;
        }

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder source(Actor source, Provenance prov) {
            this.source = source;
            this.sourceProv = prov;
            return this;
        }

        public Builder estimate(boolean estimate) {
            this.estimate = estimate;
            return this;
        }

        public Builder evidence(Span span) {
            evidence.add(span);
            return this;
        }

        /** Adds a document that cites the figure, once. */
        public Builder citedBy(DocumentFact.Builder doc) {
            for (DocumentFact.Builder d : citedBy) {
                if (d == doc) {
                    return this;
                }
            }
            citedBy.add(doc);
            return this;
        }

        /** Whether the document cites the figure. */
        public boolean isCitedBy(DocumentFact.Builder doc) {
            return citedBy.stream().anyMatch(d -> d == doc);
        }

        /** Takes in a repeat of the same figure: its evidence and citing documents. */
        public void merge(Builder repeat) {
            evidence.addAll(repeat.evidence);
            repeat.citedBy.forEach(this::citedBy);
        }

        /**
         * The figure as it stands.
         *
         * @param documents the fact of each citing document's builder
         */
        public StatisticFact build(java.util.function.Function<DocumentFact.Builder, DocumentFact> documents) {
            List<DocumentFact> citing = citedBy.stream().map(documents).toList();
            return new StatisticFact(value, unit, written, measure, qualifier, year, source, sourceProv, estimate, citing,
                    evidence);
        }
    }
}
