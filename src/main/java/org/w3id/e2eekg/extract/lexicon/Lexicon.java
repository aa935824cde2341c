package org.w3id.e2eekg.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Word lists of {@code ontology/lexicon/*.ttl}, each an {@code e2k:WordList} named by the
 * local name of its IRI ({@code lex:givenNames} is "givenNames"). Lists are looked up by
 * name; a rule that asks for a list that does not exist fails loudly at start-up rather than
 * matching nothing.
 */
public final class Lexicon {
    /** Namespace of word-list IRIs. */
    public static final String NS = "https://w3id.org/e2ee-kg/lexicon/";

    /** The lexicon files, in the order they are read. */
    public static final List<String> FILES = List.of(
            "names.ttl", "words.ttl", "organisations.ttl", "roles.ttl", "stance.ttl", "composition.ttl", "documents.ttl",
            "statistics.ttl");

    private final Map<String, List<String>> entries = new LinkedHashMap<>();
    private final Map<String, Resource> lists = new HashMap<>();
    private final Map<String, Set<String>> lowerCache = new HashMap<>();
    private final Map<String, PhraseMatcher> matchers = new HashMap<>();

    private Lexicon(Model model) {
        for (Resource list : model.listSubjectsWithProperty(RDF.type, E2K.WordList).toList()) {
            String name = list.getURI().substring(NS.length());
            List<String> words = list.listProperties(E2K.entry).toList().stream()
                    .map(s -> s.getString().strip())
                    .sorted()
                    .toList();
            entries.put(name, words);
            lists.put(name, list);
        }
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
        return lowerCache.computeIfAbsent(list, k -> {
            Set<String> s = new LinkedHashSet<>();
            for (String e : entries(k)) {
                s.add(e.toLowerCase(Locale.ROOT));
            }
            return Collections.unmodifiableSet(s);
        });
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
            PhraseMatcher.Builder b = PhraseMatcher.builder();
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
        return lists.entrySet().stream()
                .filter(e -> e.getValue().hasProperty(p))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The value of a property of a list, as a resource's local name or a literal's lexical form. */
    public Optional<String> attribute(String list, org.apache.jena.rdf.model.Property p) {
        Resource r = lists.get(list);
        if (r == null) {
            throw new IllegalArgumentException("no word list lex:" + list);
        }
        Statement s = r.getProperty(p);
        if (s == null) {
            return Optional.empty();
        }
        RDFNode o = s.getObject();
        return Optional.of(o.isURIResource() ? o.asResource().getLocalName() : o.asLiteral().getLexicalForm());
    }

    /** All values of a property of a list. */
    public List<String> attributes(String list, org.apache.jena.rdf.model.Property p) {
        Resource r = lists.get(list);
        if (r == null) {
            throw new IllegalArgumentException("no word list lex:" + list);
        }
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .map(o -> o.isURIResource() ? o.asResource().getLocalName() : o.asLiteral().getLexicalForm())
                .sorted()
                .toList();
    }

    public Set<String> listNames() {
        return entries.keySet();
    }
}
