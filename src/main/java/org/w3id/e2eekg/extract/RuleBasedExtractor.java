package org.w3id.e2eekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.mention.ActorResolver;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.MentionFinder;
import org.w3id.e2eekg.extract.mention.Words;
import org.w3id.e2eekg.extract.syntax.DependencyParser;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.extract.text.PosTagger;
import org.w3id.e2eekg.extract.text.Sentence;
import org.w3id.e2eekg.extract.text.SentenceSplitter;
import org.w3id.e2eekg.extract.text.TextDocument;
import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.ingest.Article;

/**
 * The standard extractor: sentences and part-of-speech tags, then names and post titles,
 * then actors resolved across the article, then the relation rules.
 */
final class RuleBasedExtractor implements Extractor {
    private final Words words;
    private final Gazetteer gazetteer;
    private final SentenceSplitter splitter;
    private final PosTagger tagger;
    private final DependencyParser parser = DependencyParser.shared();
    private final RelationExtractor relations;

    RuleBasedExtractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.words = new Words(lexicon);
        this.gazetteer = gazetteer;
        this.splitter = new SentenceSplitter(lexicon.exact("abbreviations"), lexicon.exact("capitalisedPronouns"),
                lexicon.tokenizer());
        this.tagger = new PosTagger(lexicon.entries("pastTenseEndings"), lexicon.entries("pluralEndings"),
                lexicon.entries("singularSEndings"));
        this.relations = new RelationExtractor(lexicon);
    }

    /** The analysed sentences of an article, with actors resolved: the input of the relation rules. */
    Analysis analyse(Article article) {
        TextDocument doc = splitter.split(article.text(), article.bodyStart());
        Set<String> midCaps = MentionFinder.capitalisedMidSentence(doc, words);
        MentionFinder finder = new MentionFinder(words, gazetteer);
        List<AnalysedSentence> sentences = new ArrayList<>();
        List<DependencyTree> trees = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            AnalysedSentence analysed = finder.analyse(article.text(), s, tagger.tag(s.tokens()), midCaps);
            sentences.add(analysed);
            trees.add(parser.parse(s.tokens().stream().map(t -> t.text()).toList(), analysed.nameUnits()));
        }
        ActorResolver resolver = new ActorResolver(words);
        resolver.resolve(article.text(), sentences);
        return new Analysis(article, doc, sentences, trees, resolver.actors(), resolver.relations());
    }

    @Override
    public ArticleFacts extract(Article article) {
        Analysis a = analyse(article);
        RelationExtractor.Result r = relations.extract(article, a.sentences(), a.trees(), a.actors());
        List<org.w3id.e2eekg.fact.ActorRelation> rel = new ArrayList<>(a.relations());
        rel.addAll(r.relations());
        return new ArticleFacts(article, a.actors(), r.roles(), r.stances(), r.statistics(), r.documents(), rel);
    }
}
