package org.w3id.e2eekg.extract;

import java.time.LocalDate;
import java.util.List;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleMetadata;

/**
 * The input of one relation stage, for testing it on its own: a short text (invented for
 * the test) read by the standard extractor up to the relation stages (sentences, tags,
 * names, actors, parses). The lexicon and the earlier stages are the real ones.
 */
public final class StageInput {
    /** The date of every test article: the day relative dates count from. */
    public static final LocalDate DATE = LocalDate.of(2024, 3, 15);
    /** The bundled lexicon. */
    public static final Lexicon LEXICON = Lexicon.load();

    private final Analysis analysis;

    private StageInput(Article article) {
        this.analysis = ((RuleBasedExtractor) ExtractorFactory.standard()).analyse(article);
    }

    /** A text dated {@link #DATE}. */
    public static StageInput of(String text) {
        return new StageInput(new Article("stage-test", "stage-test.txt", text, 0, DATE, "-", ArticleMetadata.NONE));
    }

    /** The text's sentence at this position, analysed. */
    public AnalysedSentence sentence(int i) {
        return analysis.sentences().get(i);
    }

    /** How many sentences the text was split into. */
    public int size() {
        return analysis.sentences().size();
    }

    /** The text itself: the offsets of tokens and spans point into it. */
    public String text() {
        return analysis.article().text();
    }

    /** The dependency parse of the sentence at this position. */
    public DependencyTree tree(int i) {
        return analysis.trees().get(i);
    }

    /** The actors the text's mentions were resolved to. */
    public List<Actor> actors() {
        return analysis.actors();
    }

    /** The actor the text names with this label or alias; fails the test when there is none. */
    public Actor actor(String name) {
        for (Actor a : analysis.actors()) {
            if (a.label().equals(name) || a.aliases().contains(name)) {
                return a;
            }
        }
        throw new AssertionError("no actor named " + name + " among " + analysis.actors().stream().map(Actor::label).toList());
    }
}
