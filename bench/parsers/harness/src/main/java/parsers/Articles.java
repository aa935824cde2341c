package parsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of the shared articles, tokenised roughly as the project does (words keep inner
 * hyphens and apostrophes, a possessive 's is split off, numbers keep their grouping,
 * dotted abbreviations stay whole), for the speed and memory runs. Written for this
 * benchmark; the project's own tokenizer is not used.
 */
public final class Articles {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!:])\\s+(?=[\"\\p{Lu}\\d])");
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
            + "|\\d+(?:[.,]\\d+)*(?:m|bn|k)?(?![\\p{L}\\d])"
            + "|\\p{L}[\\p{L}\\p{Nd}]*(?:[-'&][\\p{L}\\p{Nd}]+)*"
            + "|[^\\s\\p{L}\\p{Nd}]");

    private Articles() {
    }

    public static List<List<String>> sentences(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String text = line.strip().replace('\u2019', '\'').replace('\u2018', '\'')
                        .replace('\u201c', '"').replace('\u201d', '"');
                if (text.isEmpty() || text.startsWith("date ")) {
                    continue;
                }
                for (String s : SENTENCE_END.split(text)) {
                    List<String> tokens = tokenize(s);
                    if (!tokens.isEmpty()) {
                        out.add(tokens);
                    }
                }
            }
        }
        return out;
    }

    public static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("'S"))) {
                out.add(t.substring(0, t.length() - 2));
                out.add("'s");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The article sentences repeated until there are n of them. */
    public static List<List<String>> repeated(List<List<String>> base, int n) {
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) {
            out.add(base.get(i % base.size()));
        }
        return out;
    }
}
