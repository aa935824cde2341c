package org.w3id.e2eekg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.validate.GraphReport;
import org.w3id.e2eekg.validate.ShapeValidator;
import org.w3id.e2eekg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks every article graph in the store against the shapes, as the
 * loader did when it wrote them; useful after the shapes change or for a store written by
 * another version. One line per graph and a summary on standard output; exit code 1 when
 * any graph has violations.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate every article graph in the store against the SHACL shapes.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--max-violations", paramLabel = "N", defaultValue = "10",
            description = "Violations listed per graph (default: ${DEFAULT-VALUE}).")
    int maxViolations;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeValidator validator = new ShapeValidator(common.iris());
        int failing = 0;
        int violations = 0;
        List<String> names;
        try (KnowledgeStore store = KnowledgeStore.openExisting(common.store(), common.iris())) {
            names = store.articleGraphNames();
            for (String name : names) {
                Model graph = store.graph(name);
                GraphReport report = validator.validate(graph);
                if (report.conforms()) {
                    out.println("<" + name + ">: conforms (" + graph.size() + " triples)");
                    continue;
                }
                failing++;
                List<Violation> vs = report.violations();
                violations += vs.size();
                out.println("<" + name + ">: " + vs.size() + (vs.size() == 1 ? " violation" : " violations"));
                vs.stream().limit(Math.max(0, maxViolations)).forEach(v -> out.println("  " + v.oneLine()));
                if (vs.size() > maxViolations) {
                    out.println("  ... and " + (vs.size() - maxViolations) + " more");
                }
            }
        }
        out.println("validated " + names.size() + " article " + (names.size() == 1 ? "graph" : "graphs") + " in "
                + common.store() + ": " + (names.size() - failing) + " conform, " + failing + " do not"
                + (violations > 0 ? " (" + violations + " violations)" : ""));
        out.flush();
        return failing == 0 ? 0 : 1;
    }
}
