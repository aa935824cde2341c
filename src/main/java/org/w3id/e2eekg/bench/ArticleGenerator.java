package org.w3id.e2eekg.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes news articles about the encryption debate for benchmarks: each article is the rule
 * {@code article} of the generator's grammar ({@code /bench/templates.txt} over
 * {@code /bench/vocabulary.txt}, see {@link Grammar}), expanded with a random source seeded
 * by the corpus seed and the article's number, under a {@code date} line. Companies,
 * charities, campaigners, officials and figures are drawn from invented names (no real
 * person is quoted), the most common ones far more often than the rest, as in news, so
 * that a large corpus has a few actors in many articles and many actors in a few.
 *
 * <p>Article {@code n} of seed {@code s} is the same text on every machine and whatever
 * else is generated, so a corpus of 1,000 is the first 1,000 articles of the corpus of
 * 100,000, and articles can be made in any order or in parallel. Immutable and
 * thread-safe.
 *
 * <p>Trade-off: a grammar of templates gives prose the extractor reads the way it reads
 * news (headlines, letters with signatories and addressees, statistics with their sources,
 * stances, quotes over paragraphs), at any volume, but no two articles argue differently:
 * it measures speed, not extraction quality.
 */
public final class ArticleGenerator {
    /** The first and last publication dates drawn. */
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 11 * 365;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** One generated article: the file name it is written under, and its text. */
    public record Generated(String fileName, String text) {}

    private final Grammar grammar;
    private final long seed;

    private ArticleGenerator(Grammar grammar, long seed) {
        this.grammar = grammar;
        this.seed = seed;
    }

    /** The generator of the corpus {@code seed}, with the bundled grammar. */
    public static ArticleGenerator withSeed(long seed) {
        return new ArticleGenerator(Grammar.fromResources("/bench/vocabulary.txt", "/bench/templates.txt"), seed);
    }

    /** Article {@code index} (from 0) of this corpus. */
    public Generated article(long index) {
        // the article's own stream: a different seed for every (corpus, article) pair
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
        LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
        LocalDate earlier = date.minusDays(30 + random.nextInt(700));
        Map<String, String> values = Map.of(
                "date", LONG.format(date),
                "year", Integer.toString(date.getYear()),
                "lastyear", Integer.toString(date.getYear() - 1),
                "earlier", LONG.format(earlier),
                "month", MONTH.format(earlier));
        String body = grammar.expand("article", new Grammar.Article(random, values));
        return new Generated(String.format(Locale.ROOT, "gen-%07d.txt", index), "date " + date + "\n\n" + body + "\n");
    }
}
