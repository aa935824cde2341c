package org.w3id.e2eekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a benchmark corpus into a folder:
 * {@code java -cp e2ee-kg.jar org.w3id.e2eekg.bench.GenerateArticles --count 1000 DIR}. Not a
 * subcommand of {@code e2ee-kg}: it is a tool of {@code scripts/bench.sh}, not of the
 * knowledge graph. Files already in the folder are overwritten.
 */
@Command(name = "generate-articles", mixinStandardHelpOptions = true,
        description = "Write generated news articles on the encryption debate (a seeded, reproducible benchmark corpus).")
public final class GenerateArticles implements Callable<Integer> {
    @Option(names = "--count", required = true, paramLabel = "N", description = "How many articles to write.")
    long count;

    @Option(names = "--first", paramLabel = "I", defaultValue = "0",
            description = "Number of the first article (default: ${DEFAULT-VALUE}); articles I to I+N-1 are written.")
    long first;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        if (count < 0 || first < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--count and --first must not be negative");
        }
        Files.createDirectories(folder);
        ArticleGenerator generator = ArticleGenerator.withSeed(seed);
        long bytes = 0;
        for (long i = first; i < first + count; i++) {
            ArticleGenerator.Generated a = generator.article(i);
            byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(a.fileName()), text);
            bytes += text.length;
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        err.printf("wrote %d articles (%d bytes) to %s%n", count, bytes, folder);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateArticles()).execute(args));
    }
}
