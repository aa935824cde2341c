package org.w3id.e2eekg.extract.statistic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.StatisticFact;

/**
 * Which documents cite the figures of an article, as the statistic stage learns it
 * sentence by sentence: the document whose figures the rest of a paragraph gives ("As per
 * the petition, ..."), and documents that cite the same figures as another. One per article
 * run, confined to that run's thread; only {@link StatisticReader} reads or changes it.
 */
public final class Citations {
    private DocumentFact.Builder citing;
    private int paragraph = -1;
    private final Map<DocumentFact.Builder, DocumentFact.Builder> sameFigures = new LinkedHashMap<>();

    /** Opens a citation context: figures to the end of the paragraph are cited by the document. */
    void open(DocumentFact.Builder doc, int paragraph) {
        this.citing = doc;
        this.paragraph = paragraph;
    }

    /** A figure of the sentence is cited by the document of the open context, if the sentence is in its paragraph. */
    void cite(StatisticFact.Builder f, SentenceContext s) {
        if (citing != null && s.sentence().sentence().paragraph() == paragraph) {
            f.citedBy(citing);
        }
    }

    /** A document cites the same figures as another. */
    void sameFigures(DocumentFact.Builder doc, DocumentFact.Builder as) {
        sameFigures.put(doc, as);
    }

    /** Each document that cites the same figures as another, with that other. */
    Map<DocumentFact.Builder, DocumentFact.Builder> sameFigures() {
        return Collections.unmodifiableMap(sameFigures);
    }
}
