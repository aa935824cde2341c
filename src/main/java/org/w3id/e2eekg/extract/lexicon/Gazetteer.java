package org.w3id.e2eekg.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.extract.text.Tokenizer;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Known actors of {@code ontology/reference/*.ttl} with every name an article may use for
 * them. Names match tokens with case ("US" is the country, "us" is not); demonyms match
 * separately, since "British Home Secretary" names the United Kingdom only as the place of
 * a post.
 */
public final class Gazetteer {
    /** The reference files, relative to {@code /ontology/reference/}. */
    public static final List<String> FILES = List.of("actors.ttl", "places.ttl");

    /** The base reference IRIs are parsed against; ids are IRIs with this prefix removed. */
    public static final String PARSE_BASE = "urn:e2ee-kg:ref:/";

    /**
     * A known actor.
     *
     * @param id        local id, e.g. {@code org/nspcc}; also the tail of its IRI
     * @param type      local name of its ontology class (Company, Country...)
     * @param kind      person, organisation or place
     * @param prefLabel its preferred name
     * @param names     every name it is matched by, preferred first
     * @param demonyms  adjectives for a place
     * @param sameAs    links to other datasets (Wikidata)
     */
    public record Entry(String id, String type, ActorKind kind, String prefLabel, List<String> names,
                        List<String> demonyms, List<String> sameAs) {}

    /** A name found in text. */
    public record Match(int from, int to, Entry entry, boolean demonym) {}

    private record Name(String[] words, Entry entry, boolean demonym) {}

    private final List<Entry> entries;
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, List<Name>> byFirst = new HashMap<>();

    /**
     * @param entries   the known actors
     * @param tokenizer the tokenizer of the articles, which splits names the same way
     */
    public Gazetteer(List<Entry> entries, Tokenizer tokenizer) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byId.put(e.id(), e);
            for (String n : e.names()) {
                index(tokenizer, n, e, false);
            }
            for (String d : e.demonyms()) {
                index(tokenizer, d, e, true);
            }
        }
        for (List<Name> l : byFirst.values()) {
            l.sort(Comparator.comparingInt((Name n) -> -n.words().length).thenComparing(n -> n.demonym() ? 1 : 0));
        }
    }

    private void index(Tokenizer tokenizer, String name, Entry e, boolean demonym) {
        String[] words = tokenizer.tokenize(name, 0, name.length()).stream().map(Token::text).toArray(String[]::new);
        if (words.length > 0) {
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(words, e, demonym));
        }
    }

    /** An empty gazetteer: every actor must then be found by the rules alone. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of(), null);
    }

    /** Reads the reference data bundled under {@code /ontology/reference/}, names split by the lexicon's tokenizer. */
    public static Gazetteer load(Lexicon lexicon) {
        return new Gazetteer(parse(readModel(PARSE_BASE)), lexicon.tokenizer());
    }

    /** The reference data as a model, with relative IRIs resolved against {@code base}. */
    private static Model readModel(String base) {
        Model model = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            String resource = "/ontology/reference/" + f;
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("reference file missing from the class path: " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    private static List<Entry> parse(Model model) {
        List<Entry> out = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith(PARSE_BASE)) {
                continue;
            }
            String id = r.getURI().substring(PARSE_BASE.length());
            Resource cls = r.getPropertyResourceValue(RDF.type);
            String type = cls == null ? "Organisation" : cls.getLocalName();
            String pref = r.getProperty(SKOS.prefLabel).getString();
            List<String> names = new ArrayList<>();
            names.add(pref);
            names.addAll(strings(r, SKOS.altLabel));
            names.addAll(strings(r, SKOS.hiddenLabel));
            List<String> sameAs = r.listProperties(OWL.sameAs).toList().stream()
                    .map(s -> s.getObject().asResource().getURI()).sorted().toList();
            out.add(new Entry(id, type, kindOf(type), pref, names, strings(r, E2K.demonym), sameAs));
        }
        out.sort(Comparator.comparing(Entry::id));
        return out;
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).map(RDFNode::asLiteral)
                .map(l -> l.getString()).sorted().toList();
    }

    /** The kind of actor an ontology class stands for. */
    public static ActorKind kindOf(String type) {
        return switch (type) {
            case "Person" -> ActorKind.PERSON;
            case "Place", "Country" -> ActorKind.PLACE;
            default -> ActorKind.ORGANISATION;
        };
    }

    /** The longest name (or demonym) starting at token {@code i}, or null. */
    public Match at(List<Token> tokens, int i) {
        List<Name> candidates = byFirst.get(tokens.get(i).text());
        if (candidates == null) {
            return null;
        }
        for (Name n : candidates) {
            if (i + n.words().length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n.words().length && ok; k++) {
                ok = tokens.get(i + k).text().equals(n.words()[k]);
            }
            if (ok) {
                return new Match(i, i + n.words().length, n.entry(), n.demonym());
            }
        }
        return null;
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Entries whose preferred name or alias equals {@code name}. */
    public Optional<Entry> byName(String name) {
        for (Entry e : entries) {
            if (e.names().contains(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
