package org.w3id.e2eekg.extract.discourse;

import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.fact.Actor;

/**
 * The grammatical gender a person's name suggests, for resolving "she" and "he": from the
 * given name ({@code lex:femaleGivenNames}, {@code lex:maleGivenNames}) or a style before it
 * (Ms, Dame; Mr, Sir). Names borne by both sexes give no answer. Immutable.
 */
final class Genders {
    private final Set<String> femaleNames;
    private final Set<String> maleNames;
    private final Set<String> femaleStyles;
    private final Set<String> maleStyles;

    Genders(Lexicon lex) {
        femaleNames = lex.exact("femaleGivenNames");
        maleNames = lex.exact("maleGivenNames");
        femaleStyles = lex.exact("femaleHonorifics");
        maleStyles = lex.exact("maleHonorifics");
    }

    /** True for a woman's name, false for a man's, null when the name does not say. */
    Boolean female(Actor person) {
        Boolean g = of(person.label());
        if (g != null) {
            return g;
        }
        for (String alias : person.aliases()) {
            g = of(alias);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private Boolean of(String name) {
        for (String word : name.split("\\s+")) {
            String w = word.replace(".", "");
            if (femaleStyles.contains(w) || femaleNames.contains(w)) {
                return true;
            }
            if (maleStyles.contains(w) || maleNames.contains(w)) {
                return false;
            }
        }
        return null;
    }
}
