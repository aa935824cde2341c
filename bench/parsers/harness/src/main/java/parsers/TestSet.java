package parsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hand-labelled test set: blocks separated by blank lines; "# id:", "# source:" comments;
 * one "= " line with the tokens separated by single spaces; then one relation per line,
 * "TYPE HEAD DEP" where HEAD and DEP are token texts, with "#n" for the n-th occurrence when a
 * word repeats ("the#2"). Every reference is checked against the tokens when the file is read.
 */
public final class TestSet {

    /**
     * A gold relation between 1-based token positions. HEAD and DEP may each name several
     * tokens: a multi-word name ("Mark+Zuckerberg", whose internal head differs between
     * schemes) or alternatives for a genuinely ambiguous attachment ("written|letter"). The
     * relation holds if it holds for any head token and any dependent token.
     */
    public record Gold(String type, int[] heads, int[] deps, String text) {
    }

    public record Item(String id, String source, List<String> words, List<Gold> gold) {
    }

    private TestSet() {
    }

    public static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String id = null;
        String source = null;
        List<String> words = null;
        List<Gold> gold = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                if (words != null) {
                    items.add(new Item(id, source, words, List.copyOf(gold)));
                }
                id = null;
                source = null;
                words = null;
                gold = new ArrayList<>();
                continue;
            }
            if (line.startsWith("# id:")) {
                id = line.substring(5).strip();
            } else if (line.startsWith("# source:")) {
                source = line.substring(9).strip();
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.startsWith("= ")) {
                words = List.of(line.substring(2).strip().split(" +"));
            } else {
                if (words == null) {
                    throw new IOException(file + ":" + lineNo + ": relation before the token line");
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 3) {
                    throw new IOException(file + ":" + lineNo + ": expected TYPE HEAD DEP: " + line);
                }
                if (!Scorer.TYPES.contains(parts[0]) && !parts[0].startsWith("prep:")) {
                    throw new IOException(file + ":" + lineNo + ": unknown relation type " + parts[0]);
                }
                gold.add(new Gold(parts[0], find(words, parts[1], file, lineNo), find(words, parts[2], file, lineNo), line));
            }
        }
        if (words != null) {
            items.add(new Item(id, source, words, List.copyOf(gold)));
        }
        for (Item item : items) {
            if (item.id() == null) {
                throw new IOException(file + ": a block without '# id:' near " + item.words());
            }
        }
        return items;
    }

    private static int[] find(List<String> words, String ref, Path file, int lineNo) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (String alt : ref.split("\\|")) {
            String span = alt;
            int occurrence = 1;
            int hash = alt.lastIndexOf('#');
            if (hash > 0 && hash < alt.length() - 1 && alt.substring(hash + 1).chars().allMatch(Character::isDigit)) {
                span = alt.substring(0, hash);
                occurrence = Integer.parseInt(alt.substring(hash + 1));
            }
            String[] parts = span.split("\\+");
            int seen = 0;
            int found = -1;
            for (int i = 0; i + parts.length <= words.size(); i++) {
                boolean match = true;
                for (int k = 0; k < parts.length && match; k++) {
                    match = words.get(i + k).equals(parts[k]);
                }
                if (match) {
                    seen++;
                    if (seen == occurrence) {
                        found = i + 1;
                    }
                }
            }
            if (found < 0) {
                throw new IOException(file + ":" + lineNo + ": no token '" + alt + "' in " + String.join(" ", words));
            }
            if (seen > 1 && hash < 0) {
                throw new IOException(file + ":" + lineNo + ": '" + span + "' occurs " + seen + " times; write " + span + "#n");
            }
            for (int k = 0; k < parts.length; k++) {
                out.add(found + k);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static String render(List<String> words) {
        return String.join(" ", words);
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split(" "));
    }
}
