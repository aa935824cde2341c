package org.w3id.e2eekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.ingest.ArticleReader;

/**
 * The benchmark corpus: the same seed and number give the same article, wherever it is
 * made; articles differ from one another and read as the debate is reported, so that the
 * loader finds actors, stances, statistics and documents in them.
 */
class ArticleGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void anArticleIsAFunctionOfTheSeedAndItsNumber() {
        ArticleGenerator a = ArticleGenerator.withSeed(1);
        ArticleGenerator b = ArticleGenerator.withSeed(1);
        assertEquals(a.article(12345), b.article(12345));
        assertEquals(a.article(7), a.article(7), "made again, in another order");
        assertNotEquals(a.article(7).text(), a.article(8).text());
        assertNotEquals(a.article(7).text(), ArticleGenerator.withSeed(2).article(7).text());
        assertEquals("gen-0000007.txt", a.article(7).fileName());
    }

    @Test
    void articlesAreVariedAndDated() {
        ArticleGenerator g = ArticleGenerator.withSeed(1);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String text = g.article(i).text();
            assertTrue(text.matches("(?s)date \\d{4}-\\d{2}-\\d{2}\\n\\n.+"), text);
            assertTrue(text.split("\\s+").length > 200, "an article of news length: " + text);
            texts.add(text);
        }
        assertEquals(50, texts.size());
    }

    @Test
    void theLoaderFindsTheDebateInThem() throws Exception {
        ArticleGenerator g = ArticleGenerator.withSeed(1);
        int stances = 0;
        int statistics = 0;
        int documents = 0;
        int actors = 0;
        for (int i = 0; i < 10; i++) {
            ArticleGenerator.Generated a = g.article(i);
            Path file = Files.writeString(tmp.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
            ArticleFacts facts = ExtractorFactory.standard().extract(new ArticleReader().read(file));
            stances += facts.stances().size();
            statistics += facts.statistics().size();
            documents += facts.documents().size();
            actors += facts.actors().size();
        }
        assertTrue(actors > 50 && stances > 10 && statistics > 10 && documents > 5,
                "actors " + actors + ", stances " + stances + ", statistics " + statistics + ", documents " + documents);
    }

    @Test
    void aGrammarExpandsBindingsNumbersAndCapitals() {
        Grammar grammar = Grammar.parse("test", List.of(
                "[start]", "{^who=A} met {who=A} on day {#3-3}; {=A} left {@when}.",
                "[who]", "the minister", "the judge"));
        String s = grammar.expand("start", new Grammar.Article(new Random(1), Map.of("when", "early")));
        assertTrue(s.matches("The (minister|judge) met the \\1 on day 3; the \\1 left early\\."), s);
    }

    @Test
    void aGrammarThatNamesAnUnknownRuleIsRefusedWhenRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grammar.parse("test", List.of("[start]", "{nowhere}")));
        assertTrue(e.getMessage().contains("{nowhere}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Grammar.parse("test", List.of("text before any rule")));
        assertThrows(IllegalArgumentException.class, () -> Grammar.parse("test", List.of("[a]", "x", "[a]", "y")));
    }

    @Test
    void skewedRulesDrawTheirFirstAlternativesMoreOften() {
        Grammar grammar = Grammar.parse("test", List.of("[pick zipf]", "a", "b", "c", "d", "e", "f", "g", "h"));
        Grammar.Article article = new Grammar.Article(new Random(3), Map.of());
        long first = IntStream.range(0, 2000).filter(i -> grammar.expand("pick", article).equals("a")).count();
        long last = IntStream.range(0, 2000).filter(i -> grammar.expand("pick", article).equals("h")).count();
        assertTrue(first > 3 * last, "a: " + first + ", h: " + last);
    }
}
