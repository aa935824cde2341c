package org.w3id.e2eekg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small text grammar: named rules, each a list of alternatives, expanded at random. It is
 * the format of the generator's templates and vocabulary, so that what the articles say is
 * data, not Java. A file is read line by line:
 *
 * <pre>
 * # a comment
 * [company zipf]                  a rule; "zipf" makes earlier alternatives more frequent
 * Chatterly
 * {surname} Messaging             an alternative may use other rules
 * </pre>
 *
 * <p>In an alternative, {@code {rule}} is a fresh expansion of {@code rule};
 * {@code {rule=X}} expands it once per article and repeats that expansion wherever
 * {@code {rule=X}} or {@code {=X}} comes again, so a paragraph can say the same company
 * twice; {@code {^rule}} capitalises the first letter (a name at the start of a sentence);
 * {@code {#10-90}} is a whole number in that range; {@code {@date}}, {@code {@year}} and the
 * other {@code @} values come from the article ({@link Article}); {@code \n} is a line
 * break.
 *
 * <p>Trade-off: no escaping of braces and no weights beyond "zipf" (the alternative at rank
 * r is drawn with a probability that falls as r grows, like names in news); enough for
 * prose, and a reference to an unknown rule fails when the grammar is read, not when an
 * article happens to use it.
 */
final class Grammar {
    private static final Pattern HEADER = Pattern.compile("\\[([a-z][a-z0-9-]*)(\\s+zipf)?]");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern RANGE = Pattern.compile("#(\\d+)-(\\d+)");
    private static final Pattern REFERENCE = Pattern.compile("(\\^?)([a-z][a-z0-9-]*)?(?:=([A-Za-z0-9]+))?");
    private static final int MAX_DEPTH = 24;

    /** A rule: its alternatives, and whether earlier ones are drawn more often. */
    private record Rule(List<String> alternatives, boolean zipf) {}

    /** What one article's expansion knows: its random source, its bindings and its own values. */
    static final class Article {
        private final Random random;
        private final Map<String, String> values;
        private final Map<String, String> bound = new LinkedHashMap<>();

        /**
         * @param random the article's own random source
         * @param values the {@code @} values ({@code date}, {@code year}...), by name without the {@code @}
         */
        Article(Random random, Map<String, String> values) {
            this.random = Objects.requireNonNull(random, "random");
            this.values = Map.copyOf(values);
        }

        Random random() {
            return random;
        }
    }

    private final Map<String, Rule> rules;

    private Grammar(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** Reads the rules of every resource named, in order (a later rule of the same name is an error). */
    static Grammar fromResources(String... resources) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = Grammar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no grammar resource " + resource);
                }
                read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), rules);
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        Grammar g = new Grammar(rules);
        g.checkReferences();
        return g;
    }

    /** Reads {@code lines} of the grammar named {@code source} into {@code rules}. */
    static Grammar parse(String source, List<String> lines) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        read(source, lines, rules);
        Grammar g = new Grammar(rules);
        g.checkReferences();
        return g;
    }

    private static void read(String source, List<String> lines, Map<String, Rule> rules) {
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                current = header.group(1);
                if (rules.containsKey(current)) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": rule [" + current + "] defined twice");
                }
                rules.put(current, new Rule(new ArrayList<>(), header.group(2) != null));
            } else if (current == null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": text before the first [rule]");
            } else {
                rules.get(current).alternatives().add(line.replace("\\n", "\n"));
            }
        }
        rules.forEach((name, rule) -> {
            if (rule.alternatives().isEmpty()) {
                throw new IllegalArgumentException(source + ": rule [" + name + "] has no alternatives");
            }
        });
    }

    private void checkReferences() {
        rules.forEach((name, rule) -> rule.alternatives().forEach(alternative -> {
            Matcher slot = SLOT.matcher(alternative);
            while (slot.find()) {
                String body = slot.group(1);
                if (body.startsWith("#") || body.startsWith("@") || body.startsWith("=")) {
                    continue;
                }
                Matcher ref = REFERENCE.matcher(body);
                if (!ref.matches() || ref.group(2) == null || !rules.containsKey(ref.group(2))) {
                    throw new IllegalArgumentException("rule [" + name + "] refers to {" + body + "}, which is no rule");
                }
            }
        }));
    }

    /** Expands the rule {@code name} for {@code article}. */
    String expand(String name, Article article) {
        return expandRule(name, article, 0);
    }

    private String expandRule(String name, Article article, int depth) {
        Rule rule = rules.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no rule [" + name + "]");
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("rule [" + name + "] nests more than " + MAX_DEPTH + " deep");
        }
        return expandText(pick(rule, article.random()), article, depth + 1);
    }

    private String expandText(String text, Article article, int depth) {
        Matcher slot = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(slot(slot.group(1), article, depth)));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private String slot(String body, Article article, int depth) {
        Matcher range = RANGE.matcher(body);
        if (range.matches()) {
            int low = Integer.parseInt(range.group(1));
            int high = Integer.parseInt(range.group(2));
            return Integer.toString(low + article.random().nextInt(high - low + 1));
        }
        if (body.startsWith("@")) {
            String value = article.values.get(body.substring(1));
            if (value == null) {
                throw new IllegalArgumentException("no article value {" + body + "}");
            }
            return value;
        }
        if (body.startsWith("=")) {
            String value = article.bound.get(body.substring(1));
            if (value == null) {
                throw new IllegalStateException("{" + body + "} used before it was bound");
            }
            return value;
        }
        Matcher ref = REFERENCE.matcher(body);
        if (!ref.matches()) {
            throw new IllegalArgumentException("not a slot: {" + body + "}");
        }
        String binding = ref.group(3);
        String value = binding == null ? null : article.bound.get(binding);
        if (value == null) {
            value = expandRule(ref.group(2), article, depth);
            if (binding != null) {
                article.bound.put(binding, value);
            }
        }
        return ref.group(1).isEmpty() ? value : capitalise(value);
    }

    private static String pick(Rule rule, Random random) {
        List<String> alternatives = rule.alternatives();
        if (!rule.zipf()) {
            return alternatives.get(random.nextInt(alternatives.size()));
        }
        // rank = n * u^2: the first alternatives come up far more often than the last ones
        double u = random.nextDouble();
        return alternatives.get((int) (alternatives.size() * u * u));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
