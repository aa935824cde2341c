package org.w3id.e2eekg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines kept in a temporary file until they may be printed: the report lines of a load,
 * which are true only once the load is in the store. A file rather than a list, so that a
 * load of a hundred thousand articles does not hold a hundred thousand lines in memory.
 * The file is deleted on {@link #close()}.
 */
final class ReportSpool implements AutoCloseable {
    private Path file;
    private BufferedWriter writer;

    void add(String line) {
        try {
            if (writer == null) {
                file = Files.createTempFile("e2ee-kg-load-", ".txt");
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            writer.write(line);
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the load's report in a temporary file", e);
        }
    }

    /** Prints the lines, in the order added. */
    void copyTo(PrintWriter out) {
        if (writer == null) {
            return;
        }
        try {
            writer.flush();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the load's report back from " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
