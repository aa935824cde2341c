package org.w3id.e2eekg.fact;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A figure the article gives: its value, unit and what it counts, the year it refers to,
 * who produced it and which documents cite it.
 */
public final class StatisticFact {
    private final BigDecimal value;
    private final String unit;
    private final String written;
    private String measure;
    private String qualifier;
    private Integer year;
    private Actor source;
    private Provenance sourceProv;
    private boolean estimate;
    private final Set<DocumentFact> citedBy = new LinkedHashSet<>();
    private final Set<Span> evidence = new TreeSet<>();

    /**
     * @param value   the number (percentages in percent)
     * @param unit    plural noun, "percent" or a currency code
     * @param written the figure as the article writes it ("16.8 million")
     */
    public StatisticFact(BigDecimal value, String unit, String written) {
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

    public String written() {
        return written;
    }

    public String measure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String qualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    public Integer year() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Actor source() {
        return source;
    }

    public Provenance sourceProv() {
        return sourceProv;
    }

    public void setSource(Actor source, Provenance prov) {
        this.source = source;
        this.sourceProv = prov;
    }

    public boolean estimate() {
        return estimate;
    }

    public void setEstimate(boolean estimate) {
        this.estimate = estimate;
    }

    public Set<DocumentFact> citedBy() {
        return citedBy;
    }

    public Set<Span> evidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit + (year != null ? " (" + year + ")" : "")
                + (source != null ? " by " + source.label() : "");
    }
}
