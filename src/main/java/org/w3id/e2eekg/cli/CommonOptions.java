package org.w3id.e2eekg.cli;

import java.nio.file.Path;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.e2eekg.graph.Iris;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options every subcommand takes: where the store is, the IRI root, and whether to show stack traces. */
public final class CommonOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg-store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}, in the working directory).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_ROOT, converter = BaseIri.class,
            description = "Root of the IRIs the graph mints (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--debug", description = "Show the stack trace of an error.")
    boolean debug;

    public Path store() {
        return store;
    }

    public Iris iris() {
        return new Iris(base);
    }

    public boolean debug() {
        return debug;
    }

    /** Accepts an absolute http(s) IRI only: relative roots would give relative graph names. */
    static final class BaseIri implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                IRIx iri = IRIx.create(value);
                if (!iri.isAbsolute() || !(value.startsWith("http://") || value.startsWith("https://"))) {
                    throw new TypeConversionException("'" + value + "' is not an absolute http(s) IRI");
                }
                return value;
            } catch (IRIException e) {
                throw new TypeConversionException("'" + value + "' is not an IRI (" + e.getMessage() + ")");
            }
        }
    }
}
