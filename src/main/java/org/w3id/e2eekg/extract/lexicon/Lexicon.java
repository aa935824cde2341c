package org.w3id.e2eekg.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.extract.text.Tokenizer;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Word lists of {@code ontology/lexicon/*.ttl}, each an {@code e2k:WordList} named by the
 * local name of its IRI ({@code lex:givenNames} is "givenNames"). Lists are looked up by
 * name; a rule that asks for a list that does not exist fails loudly at start-up rather than
 * matching nothing.
 *
 * <p>Immutable once read and safe to share between threads: every list, its lower-cased form
 * and its attributes are read into unmodifiable maps when the lexicon is made, and the
 * phrase matchers built on demand are kept in a concurrent map.
 */
public final class Lexicon {
    /** Namespace of word-list IRIs. */
    public static final String NS = "https://w3id.org/e2ee-kg/lexicon/";

    /** The lexicon files, in the order they are read. */
    public static final List<String> FILES = List.of(
            "names.ttl", "words.ttl", "grammar.ttl", "organisations.ttl", "roles.ttl", "stance.ttl", "composition.ttl", "documents.ttl",
            "statistics.ttl");

    /** The attributes of one list: the value of each property as Jena first gives it, and all its values sorted. */
    private record Attributes(Map<String, String> first, Map<String, List<String>> all) {}

    private final Map<String, List<String>> entries;
    private final Map<String, Set<String>> lowerEntries;
    private final Map<String, Attributes> attributes;
    private final Map<String, PhraseMatcher> matchers = new ConcurrentHashMap<>();
    private final Tokenizer tokenizer;

    private Lexicon(Model model) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, Set<String>> lower = new HashMap<>();
        Map<String, Attributes> attrs = new HashMap<>();
        for (Resource list : model.listSubjectsWithProperty(RDF.type, E2K.WordList).toList()) {
            String name = list.getURI().substring(NS.length());
            List<String> entries = list.listProperties(E2K.entry).toList().stream()
                    .map(s -> s.getString().strip())
                    .sorted()
                    .toList();
            words.put(name, entries);
            Set<String> lowered = new LinkedHashSet<>();
            for (String e : entries) {
                lowered.add(e.toLowerCase(Locale.ROOT));
            }
            lower.put(name, Collections.unmodifiableSet(lowered));
            attrs.put(name, attributesOf(list));
        }
        this.entries = Collections.unmodifiableMap(words);
        this.lowerEntries = Map.copyOf(lower);
        this.attributes = Map.copyOf(attrs);
        this.tokenizer = new Tokenizer(entries("magnitudeSuffixes"), entries("adjectivalParticipleEndings"));
    }

    /** The tokenizer of the articles, with the word endings it knows from this lexicon. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    private static Attributes attributesOf(Resource list) {
        Map<String, String> first = new HashMap<>();
        Map<String, List<String>> all = new HashMap<>();
        for (Statement s : list.listProperties().toList()) {
            String p = s.getPredicate().getURI();
            if (!first.containsKey(p)) {
                Statement chosen = list.getProperty(s.getPredicate());
                first.put(p, valueOf(chosen.getObject()));
            }
            all.computeIfAbsent(p, k -> new ArrayList<>()).add(valueOf(s.getObject()));
        }
        Map<String, List<String>> sorted = new HashMap<>();
        all.forEach((p, values) -> sorted.put(p, values.stream().sorted().toList()));
        return new Attributes(Map.copyOf(first), Map.copyOf(sorted));
    }

    private static String valueOf(RDFNode o) {
        return o.isURIResource() ? o.asResource().getLocalName() : o.asLiteral().getLexicalForm();
    }

    /** Reads the lexicon bundled under {@code /ontology/lexicon/}. */
    public static Lexicon load() {
        Model model = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            String resource = "/ontology/lexicon/" + f;
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file missing from the class path: " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).base(NS).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Lexicon(model);
    }

    /** Entries of a list as written. */
    public List<String> entries(String list) {
        List<String> l = entries.get(list);
        if (l == null) {
            throw new IllegalArgumentException("no word list lex:" + list);
        }
        return l;
    }

    /** Entries of a list, lower-cased, for case-insensitive membership tests. */
    public Set<String> lower(String list) {
        Set<String> s = lowerEntries.get(list);
        if (s == null) {
            throw new IllegalArgumentException("no word list lex:" + list);
        }
        return s;
    }

    /** Entries of a list as written, for case-sensitive membership tests. */
    public Set<String> exact(String list) {
        return Set.copyOf(entries(list));
    }

    /** Entries of the form {@code key=value} as a map. */
    public Map<String, String> pairs(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : entries(list)) {
            int eq = e.indexOf('=');
            if (eq < 1) {
                throw new IllegalStateException("lex:" + list + " entry is not key=value: " + e);
            }
            out.put(e.substring(0, eq).strip().toLowerCase(Locale.ROOT), e.substring(eq + 1).strip());
        }
        return out;
    }

    /** A matcher for the multi-word entries of one or more lists (case-insensitive). */
    public PhraseMatcher phrases(String... listNames) {
        String key = String.join("+", listNames);
        return matchers.computeIfAbsent(key, k -> {
            PhraseMatcher.Builder b = PhraseMatcher.builder(tokenizer);
            for (String n : listNames) {
                for (String e : entries(n)) {
                    b.add(e, n);
                }
            }
            return b.build();
        });
    }

    /** Names of the lists that have a value for the property. */
    public List<String> listsWith(org.apache.jena.rdf.model.Property p) {
        return attributes.entrySet().stream()
                .filter(e -> e.getValue().first().containsKey(p.getURI()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The value of a property of a list, as a resource's local name or a literal's lexical form. */
    public Optional<String> attribute(String list, org.apache.jena.rdf.model.Property p) {
        return Optional.ofNullable(attributesOf(list).first().get(p.getURI()));
    }

    private Attributes attributesOf(String list) {
        Attributes a = attributes.get(list);
        if (a == null) {
            throw new IllegalArgumentException("no word list lex:" + list);
        }
        return a;
    }

    /** All values of a property of a list. */
    public List<String> attributes(String list, org.apache.jena.rdf.model.Property p) {
        return attributesOf(list).all().getOrDefault(p.getURI(), List.of());
    }

    public Set<String> listNames() {
        return entries.keySet();
    }
}
