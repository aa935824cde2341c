package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.e2eekg.extract.Extractor;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.ingest.ArticleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: shows what the loader would take from articles, without a store: the
 * facts of each as the tab-separated lines of {@link FactListing}, under a {@code # file}
 * header. It is the quickest way to see why a fact is or is not in the graph, and the same
 * listing the golden-file tests compare. Stops at the first article that cannot be read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the facts extracted from articles (no store is touched). A FILE that is a folder "
                + "means every *.txt, *.html, *.htm and *.xhtml file in it; no FILE means the main article bundled in "
                + "the jar.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files or folders of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--debug", description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Extractor extractor = ExtractorFactory.standard();
        ArticleReader reader = new ArticleReader();
        for (ArticleSource.Entry entry : ArticleSource.expand(files)) {
            Article article = ArticleSource.read(reader, entry);
            out.println("# " + entry.name());
            FactListing.lines(extractor.extract(article)).forEach(out::println);
            out.flush();
        }
        return 0;
    }
}
