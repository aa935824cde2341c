package org.w3id.e2eekg.extract;

import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.extract.lexicon.Lexicon;

/**
 * Makes extractors. The standard one reads the bundled lexicon and reference data; one
 * without reference data shows what the rules find on their own. Every extractor made here
 * is immutable and thread-safe, so one serves all the threads of a run; the standard one is
 * built once per JVM (double-checked on a volatile field, so a failure to read the lexicon
 * is reported to each caller rather than cached).
 */
public final class ExtractorFactory {
    private static volatile Extractor standard;

    private ExtractorFactory() {}

    /** The rule-based extractor with the bundled lexicon and gazetteer, built once. */
    public static Extractor standard() {
        Extractor e = standard;
        if (e == null) {
            synchronized (ExtractorFactory.class) {
                e = standard;
                if (e == null) {
                    Lexicon lexicon = Lexicon.load();
                    e = new RuleBasedExtractor(lexicon, Gazetteer.load(lexicon));
                    standard = e;
                }
            }
        }
        return e;
    }

    /** A rule-based extractor with the given knowledge. */
    public static Extractor create(Lexicon lexicon, Gazetteer gazetteer) {
        return new RuleBasedExtractor(lexicon, gazetteer);
    }
}
