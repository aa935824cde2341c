package org.w3id.e2eekg.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (VERB, NOUN, PROPN, ADP...) from Apache
 * OpenNLP's English UD-EWT model ({@code org.apache.opennlp:opennlp-models-pos-en}).
 *
 * <p>Rules use the tags only where word lists cannot decide, such as whether an unknown
 * word is a verb that ends a subject. The model is loaded once per JVM and shared (OpenNLP
 * models are read-only); a {@link POSTaggerME} keeps state while it tags, so each thread
 * tags with one of its own over that model. {@link #tag} is thread-safe and threads never
 * wait for each other.
 */
public final class PosTagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static volatile POSModel model;

    private final ThreadLocal<POSTaggerME> tagger;
    private final Set<String> pastEndings;
    private final Set<String> pluralEndings;
    private final Set<String> singularEndings;

    /**
     * @param pastEndings     endings of a past-tense verb ({@code lex:pastTenseEndings})
     * @param pluralEndings   endings of a plural noun ({@code lex:pluralEndings})
     * @param singularEndings endings that look plural but are not ({@code lex:singularSEndings}: "access")
     */
    public PosTagger(Collection<String> pastEndings, Collection<String> pluralEndings, Collection<String> singularEndings) {
        POSModel shared = model();
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(shared));
        this.pastEndings = Set.copyOf(pastEndings);
        this.pluralEndings = Set.copyOf(pluralEndings);
        this.singularEndings = Set.copyOf(singularEndings);
    }

    private static POSModel model() {
        POSModel m = model;
        if (m == null) {
            synchronized (PosTagger.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP POS model missing from the class path: " + MODEL);
                        }
                        m = new POSModel(in);
                        model = m;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return m;
    }

    /** One tag per token. */
    public String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            String t = tokens.get(i).text();
            words[i] = t.equals("\u201c") || t.equals("\u201d") ? "\"" : t;
        }
        String[] tags = tagger.get().tag(words);
        pluralSubjects(tokens, tags);
        return tags;
    }

    /**
     * The model reads a plural noun after a name or adjective as a verb when a verb follows
     * ("70 per cent of UK adults wanted"): a lower-case "-s" word between a PROPN or ADJ and
     * a past-tense verb or an auxiliary is the noun. A present verb after it ("Apple helps
     * protect") keeps the tag.
     */
    private void pluralSubjects(List<Token> tokens, String[] tags) {
        for (int i = 1; i + 1 < tags.length; i++) {
            String w = tokens.get(i).text();
            String next = tokens.get(i + 1).text();
            boolean pastOrAux = tags[i + 1].equals("AUX") || tags[i + 1].equals("VERB") && endsOneOf(next, pastEndings);
            if (tags[i].equals("VERB") && (tags[i - 1].equals("PROPN") || tags[i - 1].equals("ADJ"))
                    && endsOneOf(w, pluralEndings) && !endsOneOf(w, singularEndings) && w.equals(w.toLowerCase(Locale.ROOT))
                    && pastOrAux) {
                tags[i] = "NOUN";
            }
        }
    }

    private static boolean endsOneOf(String word, Set<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
