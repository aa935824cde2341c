package org.w3id.e2eekg.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.Slugs;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.ActorRelation;
import org.w3id.e2eekg.fact.Provenance;
import org.w3id.e2eekg.fact.Span;

/**
 * Gives every mention of an article its actor, so that each actor has one identity however
 * the article names it.
 *
 * <p>First pass: full names create actors (reference names by their reference id, others by
 * kind and slug), and a bracketed acronym after a name becomes its alias. Second pass:
 * short names find the actor they abbreviate: a surname its person ("Barr"), an acronym the
 * organisation whose initials it spells, the last words of a name the organisation
 * ("the Commission", "Judiciary Committee"). A short name that matches nothing becomes an
 * actor of its own.
 */
public final class ActorResolver {
    private final Words words;
    private final Map<String, Actor> byKey = new LinkedHashMap<>();
    private final List<ActorRelation> relations = new ArrayList<>();
    private String text;

    public ActorResolver(Words words) {
        this.words = words;
    }

    public List<Actor> actors() {
        return new ArrayList<>(byKey.values());
    }

    public List<ActorRelation> relations() {
        return relations;
    }

    public void resolve(String text, List<AnalysedSentence> sentences) {
        this.text = text;
        for (AnalysedSentence a : sentences) {
            for (Mention m : a.mentions()) {
                if (isFullName(m)) {
                    assign(m, create(m), a);
                }
            }
            acronymDefinitions(a);
        }
        for (AnalysedSentence a : sentences) {
            for (Mention m : a.mentions()) {
                if (m.actor == null) {
                    assign(m, shortName(m, a), a);
                }
            }
        }
        for (AnalysedSentence a : sentences) {
            for (Mention m : a.mentions()) {
                if (m.whole != null && m.whole.actor != null && m.actor != null && m.actor != m.whole.actor
                        && m.actor.kind() == ActorKind.ORGANISATION && m.whole.actor.kind() == ActorKind.ORGANISATION) {
                    addRelation(m.whole.actor, m.actor, a);
                }
            }
        }
    }

    private void addRelation(Actor part, Actor whole, AnalysedSentence a) {
        for (ActorRelation r : relations) {
            if (r.subject() == part && r.object() == whole) {
                return;
            }
        }
        relations.add(new ActorRelation(part, ActorRelation.Relation.PART_OF, whole,
                new Provenance(span(a), "name-inside-name", part.label())));
    }

    private static Span span(AnalysedSentence a) {
        return new Span(a.sentence().start(), a.sentence().end());
    }

    private void assign(Mention m, Actor actor, AnalysedSentence a) {
        m.actor = actor;
        if (m.source != Mention.Source.DEMONYM) {
            actor.markNamed();
            actor.addMention(span(a));
            preferLongerLabel(actor, m);
            if (!m.text.equals(actor.label())) {
                actor.addAlias(m.text);
            }
            if (!m.label.equals(actor.label())) {
                actor.addAlias(m.label);
            }
        }
    }

    private static void preferLongerLabel(Actor actor, Mention m) {
        if (actor.kind() == ActorKind.PLACE && actor.referenceId() != null) {
            return;
        }
        if (!m.label.equals(m.text)) {
            actor.setLabel(m.label);
            return;
        }
        // an acronym is never a better label, however long
        if (m.text.length() > actor.label().length() && !m.text.toUpperCase(Locale.ROOT).equals(m.text)) {
            actor.setLabel(m.text);
        }
    }

    private boolean isFullName(Mention m) {
        if (m.source == Mention.Source.GAZETTEER || m.source == Mention.Source.DEMONYM || m.source == Mention.Source.COMPOUND) {
            return true;
        }
        if (m.kind == ActorKind.PERSON && coreParts(m).size() < 2) {
            return false;
        }
        return m.to - m.from > 1 && !m.text.matches("\\p{Lu}+");
    }

    private Actor create(Mention m) {
        if (m.entry != null) {
            Gazetteer.Entry e = m.entry;
            return byKey.computeIfAbsent(e.id(), k -> {
                String label = e.kind() == ActorKind.PLACE ? e.prefLabel() : m.isDemonym() ? e.prefLabel() : m.label;
                Actor a = new Actor(k, e.kind(), e.type(), label, e.id());
                e.names().forEach(a::addAlias);
                return a;
            });
        }
        if (m.kind == ActorKind.PERSON) {
            Actor same = samePerson(m);
            if (same == null) {
                same = personEndingWith(m.text);
            }
            if (same != null) {
                return same;
            }
            return byKey.computeIfAbsent("person/" + Slugs.of(coreName(m)), k -> new Actor(k, ActorKind.PERSON, "Person", m.text, null));
        }
        Actor known = byAlias(m.text, m.kind);
        if (known != null) {
            return known;
        }
        Actor person = personEndingWith(m.text);
        if (person != null) {
            m.kind = ActorKind.PERSON;
            m.type = "Person";
            return person;
        }
        String prefix = m.kind == ActorKind.PLACE ? "place/" : "org/";
        return byKey.computeIfAbsent(prefix + Slugs.of(m.text), k -> new Actor(k, m.kind, m.type, m.label, null));
    }

    /** The name without honorifics, initials and full stops: "Kevin K. McAleenan" gives "Kevin McAleenan". */
    private String coreName(Mention m) {
        List<String> parts = coreParts(m);
        return String.join(" ", parts);
    }

    private List<String> coreParts(Mention m) {
        List<String> parts = new ArrayList<>();
        String[] ws = m.text.split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i].replace(".", "");
            if (w.isEmpty() || (i == 0 && words.honorifics.contains(w)) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
                continue;
            }
            parts.add(w);
        }
        return parts;
    }

    private Actor samePerson(Mention m) {
        List<String> core = coreParts(m);
        if (core.isEmpty()) {
            return null;
        }
        String first = core.get(0);
        String last = core.get(core.size() - 1);
        for (Actor a : byKey.values()) {
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            String[] p = a.key().substring("person/".length()).split("-");
            if (p.length >= 2 && p[0].equals(Slugs.of(first)) && p[p.length - 1].equals(Slugs.of(last))) {
                return a;
            }
        }
        return null;
    }

    /** A surname of more than one word, after the full name: "De Bolle" for "Catherine De Bolle". */
    private Actor personEndingWith(String name) {
        if (name.indexOf(' ') < 0) {
            return null;
        }
        for (Actor a : byKey.values()) {
            if (a.kind() == ActorKind.PERSON && a.label().endsWith(" " + name)) {
                return a;
            }
        }
        return null;
    }

    private Actor byAlias(String name, ActorKind kind) {
        for (Actor a : byKey.values()) {
            if (a.kind() == kind && a.aliases().contains(name)) {
                return a;
            }
        }
        return null;
    }

    /** "Harbour Agency for Coastal Safety (HACS)": HACS becomes an alias. */
    private void acronymDefinitions(AnalysedSentence a) {
        for (Mention m : a.mentions()) {
            if (m.actor == null || m.whole != null || m.kind == ActorKind.PERSON) {
                continue;
            }
            int i = m.to;
            if (i + 2 < a.size() && a.token(i).is("(") && a.token(i + 2).is(")") && a.token(i + 1).isAbbreviationLike()) {
                Token acr = a.token(i + 1);
                Mention inner = a.mentionAt(i + 1);
                if (inner != null && inner.actor != null && inner.actor != m.actor && inner.entry != null) {
                    continue;
                }
                m.actor.addAlias(acr.text());
                if (inner != null) {
                    inner.actor = m.actor;
                    m.actor.addMention(span(a));
                }
            }
        }
    }

    private Actor shortName(Mention m, AnalysedSentence sentence) {
        String name = m.text;
        // a surname, alone or after an honorific ("Ms Doe")
        if (m.to - m.from == 1 || m.kind == ActorKind.PERSON) {
            String surname = m.kind == ActorKind.PERSON ? coreName(m) : name;
            for (Actor a : byKey.values()) {
                if (a.kind() == ActorKind.PERSON && lastWord(a.label()).equals(lastWord(surname)) && surname.indexOf(' ') < 0) {
                    m.kind = ActorKind.PERSON;
                    m.type = "Person";
                    return a;
                }
            }
        }
        Actor alias = byAlias(name, m.kind == ActorKind.PERSON ? ActorKind.PERSON : ActorKind.ORGANISATION);
        if (alias != null) {
            return alias;
        }
        if (m.kind != ActorKind.PERSON) {
            Actor a = acronymOf(name);
            if (a == null && !commonNounAtStart(m, sentence)) {
                a = headOf(name);
            }
            if (a != null) {
                m.kind = a.kind();
                m.type = a.type();
                return a;
            }
        }
        String prefix = m.kind == ActorKind.PERSON ? "person/" : m.kind == ActorKind.PLACE ? "place/" : "org/";
        return byKey.computeIfAbsent(prefix + Slugs.of(name), k -> new Actor(k, m.kind, m.type, name, null));
    }

    /**
     * "Police chiefs from all EU member states ...": a capital only because the sentence
     * starts there, before a plural it modifies; not a short name of the Australian Federal
     * Police. ("Committee chairman John Doe" still is the committee.)
     */
    private boolean commonNounAtStart(Mention m, AnalysedSentence a) {
        if (m.from != 0 || m.to >= a.size()) {
            return false;
        }
        String next = a.token(m.to).text();
        return next.equals(next.toLowerCase(Locale.ROOT)) && words.pluralEndings.endsOneOf(next) && a.pos(m.to).equals("NOUN");
    }

    private String lastWord(String s) {
        String[] p = s.replace(".", "").trim().split("\\s+");
        String last = p[p.length - 1];
        if (words.generationalSuffixes.containsAsWritten(last) && p.length > 1) {
            last = p[p.length - 2];
        }
        return last;
    }

    /** An organisation whose capitalised words' initials spell the acronym. */
    private Actor acronymOf(String name) {
        if (!name.matches("\\p{Lu}{2,}")) {
            return null;
        }
        for (Actor a : byKey.values()) {
            if (a.kind() == ActorKind.PERSON) {
                continue;
            }
            for (String alias : a.aliases()) {
                StringBuilder initials = new StringBuilder();
                for (String w : alias.split("[\\s-]+")) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        initials.append(w.charAt(0));
                    }
                }
                if (initials.toString().equals(name)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** An organisation whose name ends with these words: "Commission" for "European Commission". */
    private Actor headOf(String name) {
        Actor found = null;
        for (Actor a : byKey.values()) {
            if (a.kind() != ActorKind.ORGANISATION) {
                continue;
            }
            for (String alias : a.aliases()) {
                if (alias.endsWith(" " + name) && !alias.equals(name)) {
                    found = a;
                }
            }
        }
        return found;
    }
}
