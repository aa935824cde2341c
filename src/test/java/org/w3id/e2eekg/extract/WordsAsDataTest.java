package org.w3id.e2eekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.e2eekg.extract.lexicon.Lexicon;

/**
 * The English words the extraction rules key on are data in {@code ontology/lexicon/}, not
 * strings in Java: no string literal of a source file under {@code extract/} may be an
 * entry of a lexicon list, or hold an English word at all, unless it is one of the kinds
 * below. A word is a run of two or more letters; a literal is checked as a whole first (so
 * "the" and "rather than" are found as lexicon entries), then word by word.
 *
 * <p>The literals that may hold words, each kind checked as strictly as the source allows:
 * <ul>
 *   <li>names of lexicon lists ({@code "reportingVerbs"});</li>
 *   <li>local names of the ontology's classes and properties ({@code "OpenLetter"},
 *       {@code "MediaOutlet"}): the types facts are given;</li>
 *   <li>part-of-speech tags (Universal Dependencies and Penn Treebank) and the dependency
 *       labels of the parser (ClearNLP's, as NLP4J gives them), listed below;</li>
 *   <li>names of extraction rules, which provenance records: a stage's name and more words,
 *       joined by hyphens ({@code "stance-of-document"});</li>
 *   <li>class-path resources, IRIs and file names; the path segment an actor key starts with
 *       ({@code "org/"});</li>
 *   <li>the names of the groups a regular expression of the same file declares;</li>
 *   <li>the system properties that switch the stance reader or its diagnostics, and their
 *       values, listed below;</li>
 *   <li>messages: a literal in a statement that throws an exception or writes diagnostics to
 *       standard error, or in a {@code toString()} method.</li>
 * </ul>
 * The stance composition and the parser's input adapter still hold older words, listed one
 * by one as pending; nothing else in them passes.
 */
class WordsAsDataTest {
    private static final Path ROOT = Path.of("src/main/java/org/w3id/e2eekg/extract");

    /**
     * Literals of the stance composition and of the parser's input adapter that predate the
     * restructuring, which the lead is still moving into the lexicon on the stance branch.
     * These files are checked like the others, with only these values let through, so any
     * other word written there fails (the words the stance branch added since, such as the
     * demonstratives and the refusal phrases, are already in composition.ttl). A value listed
     * passes wherever it appears in its file; take it off when its word becomes data.
     */
    private static final Map<String, Set<String>> PENDING = Map.of(
            "stance/Composer.java", Set.of("who", "which", "that", "whom", "we", "i", "us", "our", "proxy", "the", "this",
                    "these", "such", "nor", "rather ", "to", "without", "than", "rather", "sooner", "instead", "of",
                    "n't", "it", "event", "from", "by", "but"),
            "stance/CompositionLexicon.java", Set.of("ies", "ied", "es", "s", "ed", "ing", "proxy"),
            "stance/MeasureEffects.java", Set.of("reference", "event"),
            "stance/MeasureReference.java", Set.of("^the "),
            "syntax/ParserInput.java", Set.of("Smith", "cannot", "not", "n't"));

    private static final Set<String> POS_TAGS = Set.of(
            // Universal Dependencies
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
            "SYM", "VERB", "X",
            // Penn Treebank
            "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
            "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
            "WP$", "WRB", "HYPH", "NFP", "ADD", "AFX", "GW", "XX");

    private static final Set<String> DEPENDENCY_LABELS = Set.of("acl", "acomp", "advcl", "advmod", "agent", "amod", "appos",
            "attr", "aux", "auxpass", "case", "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det",
            "discourse", "dobj", "expl", "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod",
            "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep", "prt", "punct", "qmod", "relcl",
            "root", "vocative", "xcomp");

    /** Stages whose names start a rule name. */
    private static final Pattern RULE_NAME = Pattern.compile("(stance|document|role|statistic|report|news|name)(-[a-z]+)+");

    private static final Map<String, Set<String>> SYSTEM_PROPERTIES = Map.of(
            "e2eekg.stance", Set.of("windows"),
            "e2eekg.debugStance", Set.of("parse"),
            "e2eekg.traceStance", Set.of());

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern REGEX_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern REGEX_ESCAPE = Pattern.compile("\\\\\\\\(p\\{\\w+\\}|\\w)");

    private static Set<String> listNames;
    private static Set<String> lexiconEntries;
    private static Set<String> ontologyTerms;

    /** A string literal of a source file and the code around it. */
    record Literal(String file, int line, String value, String statement, boolean inToString) {}

    @BeforeAll
    static void readKnowledge() {
        Lexicon lexicon = Lexicon.load();
        listNames = lexicon.listNames();
        lexiconEntries = new HashSet<>();
        for (String list : listNames) {
            // entries without a letter (list bullets, dashes) are typography, not English words
            lexicon.entries(list).stream().filter(e -> e.codePoints().anyMatch(Character::isLetter))
                    .forEach(e -> lexiconEntries.add(e.toLowerCase(Locale.ROOT)));
        }
        Model ontology = ModelFactory.createDefaultModel();
        try (InputStream in = Files.newInputStream(Path.of("ontology/e2ee-kg.ttl"))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ontologyTerms = new HashSet<>();
        ontology.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith("https://w3id.org/e2ee-kg/ontology#")) {
                ontologyTerms.add(r.getLocalName());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> noSourceUnderExtractSpellsAWord() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 20, "sources under " + ROOT);
        return sources.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            String name = ROOT.relativize(p).toString().replace('\\', '/');
            Set<String> pending = PENDING.getOrDefault(name, Set.of());
            List<String> words = new ArrayList<>();
            Set<String> stillPending = new HashSet<>();
            for (Literal l : literals(name, Files.readString(p, StandardCharsets.UTF_8))) {
                String why = pending.contains(l.value()) ? null : problem(l);
                if (why != null) {
                    words.add(name + ":" + l.line() + " \"" + l.value() + "\" " + why);
                }
                if (pending.contains(l.value())) {
                    stillPending.add(l.value());
                }
            }
            Set<String> done = new HashSet<>(pending);
            done.removeAll(stillPending);
            assertTrue(done.isEmpty(), name + ": no longer written, take off the pending list: " + done);
            assertTrue(words.isEmpty(), "English in Java; move it to ontology/lexicon/:\n" + String.join("\n", words));
        }));
    }

    /** Why a literal may not be in the code, or null when it may. */
    static String problem(Literal l) {
        String v = l.value();
        if (allowed(l)) {
            return null;
        }
        if (lexiconEntries.contains(v.strip().toLowerCase(Locale.ROOT)) && !v.isBlank()) {
            return "is a lexicon entry";
        }
        String stripped = REGEX_ESCAPE.matcher(REGEX_GROUP.matcher(v).replaceAll("(")).replaceAll(" ");
        Matcher m = WORD.matcher(stripped);
        return m.find() ? "holds the word \"" + m.group() + "\"" : null;
    }

    private static boolean allowed(Literal l) {
        String v = l.value();
        return listNames.contains(v) || ontologyTerms.contains(v) || POS_TAGS.contains(v) || DEPENDENCY_LABELS.contains(v)
                || RULE_NAME.matcher(v).matches() || resource(v) || v.matches("[a-z]+/") || systemProperty(l)
                || l.statement().contains("Exception(") || l.statement().contains("System.err") || l.inToString();
    }

    private static boolean resource(String v) {
        return v.startsWith("/") && !v.contains(" ") || v.contains("://") || v.startsWith("urn:")
                || v.matches("[\\w-]+\\.(ttl|xml|bin|xz|rq)");
    }

    private static boolean systemProperty(Literal l) {
        if (SYSTEM_PROPERTIES.containsKey(l.value())) {
            return l.statement().contains("System.getProperty");
        }
        for (Map.Entry<String, Set<String>> p : SYSTEM_PROPERTIES.entrySet()) {
            if (p.getValue().contains(l.value()) && l.statement().contains(p.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The string literals of a Java source, comments and character literals skipped: each
     * with its line, the statement around it (from the last {@code ;}, <code>{</code> or
     * <code>}</code> before it to the next {@code ;}) and whether it lies in a {@code
     * toString()} method. Regular-expression group names the file declares are literals
     * allowed wherever they appear.
     */
    static List<Literal> literals(String file, String src) {
        List<Literal> out = new ArrayList<>();
        // the code without comments; in "code" literals are blanked, in "full" they are kept, at the same offsets
        StringBuilder code = new StringBuilder();
        StringBuilder full = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                spans.add(new int[] {code.length(), i + 3, end});
                literal(code, full, src.substring(i, end + 3));
                i = end + 3;
            } else if (src.charAt(i) == '"') {
                int j = i + 1;
                while (src.charAt(j) != '"') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                spans.add(new int[] {code.length(), i + 1, j});
                literal(code, full, src.substring(i, j + 1));
                i = j + 1;
            } else if (src.charAt(i) == '\'') {
                int j = i + 1;
                while (src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                literal(code, full, src.substring(i, j + 1));
                i = j + 1;
            } else {
                code.append(src.charAt(i));
                full.append(src.charAt(i));
                i++;
            }
        }
        Set<String> groups = new HashSet<>();
        for (int[] s : spans) {
            Matcher g = REGEX_GROUP.matcher(src.substring(s[1], s[2]));
            while (g.find()) {
                groups.add(g.group(1));
            }
        }
        List<int[]> toStrings = toStringBodies(code.toString());
        for (int[] s : spans) {
            String value = src.substring(s[1], s[2]);
            if (groups.contains(value)) {
                continue;
            }
            int line = (int) src.substring(0, s[1]).chars().filter(c -> c == '\n').count() + 1;
            boolean inToString = toStrings.stream().anyMatch(b -> s[0] > b[0] && s[0] < b[1]);
            out.add(new Literal(file, line, value, statement(code, full, s[0]), inToString));
        }
        return out;
    }

    private static void literal(StringBuilder code, StringBuilder full, String text) {
        code.append('"').append(" ".repeat(text.length() - 2)).append('"');
        full.append(text);
    }

    private static String statement(StringBuilder code, StringBuilder full, int at) {
        int from = at;
        while (from > 0 && ";{}".indexOf(code.charAt(from - 1)) < 0) {
            from--;
        }
        int to = code.indexOf(";", at);
        return full.substring(from, to < 0 ? code.length() : to);
    }

    /** The [start, end) of the body of each toString() method of the code (comments and literals removed). */
    private static List<int[]> toStringBodies(String code) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("String\\s+toString\\(\\)\\s*\\{").matcher(code);
        while (m.find()) {
            int depth = 1;
            int k = m.end();
            while (k < code.length() && depth > 0) {
                char c = code.charAt(k++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            out.add(new int[] {m.end(), k});
        }
        return out;
    }

    // ---- the checker itself

    @Test
    void theCheckerFindsWordsAndLexiconEntries() {
        assertEquals("is a lexicon entry", problem(literal("the", "a.token(i).isLower(\"\")")));
        assertEquals("is a lexicon entry", problem(literal("rather than", "append(cue, \"\")")));
        assertEquals("holds the word \"Smith\"", problem(literal("Smith", "x.equals(\"\")")));
        assertEquals("holds the word \"whereof\"", problem(literal("whereof", "x.equals(\"\")")));
    }

    @Test
    void theCheckerLetsTheAllowedKindsPass() {
        for (String ok : List.of("reportingVerbs", "OpenLetter", "PROPN", "nsubjpass", "stance-of-document", "org/",
                "/ontology/lexicon/", "words.ttl", ",", "@", "%.2f")) {
            assertEquals(null, problem(literal(ok, "f(\"\")")), ok);
        }
        assertEquals(null, problem(literal("windows", "!\"\".equals(System.getProperty(\"e2eekg.stance\"))")));
        assertEquals(null, problem(literal("no word list lex:", "throw new IllegalArgumentException(\"\" + list)")));
    }

    @Test
    void literalsAreReadFromCodeNotFromCommentsOrCharacters() {
        String src = "class A {\n  // \"the\" in a comment\n  /* \"said\" */\n  char c = '\"';\n  String s = \"and\";\n"
                + "  public String toString() { return \"agent\"; }\n}\n";
        List<Literal> found = literals("A.java", src);
        assertEquals(List.of("and", "agent"), found.stream().map(Literal::value).toList());
        assertEquals(5, found.get(0).line());
        assertFalse(found.get(0).inToString());
        assertTrue(found.get(1).inToString());
    }

    private static Literal literal(String value, String statement) {
        return new Literal("X.java", 1, value, statement, false);
    }
}
