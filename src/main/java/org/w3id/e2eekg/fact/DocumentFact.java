package org.w3id.e2eekg.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A document or public act the article reports: a letter, statement, proposal, report.
 * Immutable. An article adds to a document as it goes on ("The letter ... has been signed
 * by"; "This effort was led by"), so extraction collects it in a {@link Builder} and makes
 * the fact when the article has been read.
 *
 * @param type           local name of the document class in the ontology (Letter, OpenLetter, Proposal...)
 * @param rule           the rule that found it
 * @param date           when it was made, to the precision the article gives, or null
 * @param participations who takes part and how, in the order the article says so
 * @param demandTexts    the demands as the article lists them, in order
 * @param demands        the demands by concept
 * @param evidence       the sentences that speak of it
 * @param signatoryCount how many signed it, when the article says, or null
 * @param about          what a news report is about, or null
 */
public record DocumentFact(String type, String rule, DateValue date, List<Participation> participations,
                           Set<String> demandTexts, Set<Demand> demands, SortedSet<Span> evidence,
                           Integer signatoryCount, String about) {
    /** How an actor takes part in a document. */
    public enum Role { SIGNATORY, LEADER, ADDRESSEE, ISSUER, REPORTER, FIRST_REPORTER }

    /** One participation, with the evidence for it. */
    public record Participation(Actor actor, Role role, Provenance prov) {}

    public DocumentFact {
        participations = List.copyOf(participations);
        demandTexts = Collections.unmodifiableSet(new LinkedHashSet<>(demandTexts));
        demands = Collections.unmodifiableSet(demands.isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(demands));
        evidence = Collections.unmodifiableSortedSet(new TreeSet<>(evidence));
    }

    /** The actors in a role, each once, in the order they joined. */
    public List<Actor> actors(Role role) {
        return actorsIn(participations, role);
    }

    /** Signatories, leaders first. */
    public List<Actor> signatories() {
        return signatoriesIn(participations);
    }

    public boolean has(Actor actor, Role role) {
        return participations.stream().anyMatch(p -> p.actor() == actor && p.role() == role);
    }

    private static List<Actor> actorsIn(List<Participation> participations, Role role) {
        List<Actor> out = new ArrayList<>();
        for (Participation p : participations) {
            if (p.role() == role && !out.contains(p.actor())) {
                out.add(p.actor());
            }
        }
        return out;
    }

    private static List<Actor> signatoriesIn(List<Participation> participations) {
        List<Actor> out = new ArrayList<>(actorsIn(participations, Role.LEADER));
        for (Actor a : actorsIn(participations, Role.SIGNATORY)) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return type + "(" + (date == null ? "undated" : date.iso()) + ", " + signatories() + " -> " + actors(Role.ADDRESSEE) + ")";
    }

    /**
     * A document while an article is being read: the document stage of extraction opens one
     * when a sentence introduces a document and adds to it as later sentences speak of it;
     * other stages refer to it (the discourse resolves "the letter" to it) and read it. One
     * builder belongs to one article run and is never shared between threads. Identity
     * matters: two builders are two documents, however alike.
     */
    public static final class Builder {
        private final String type;
        private final String rule;
        private DateValue date;
        private final List<Participation> participations = new ArrayList<>();
        private final Set<String> demandTexts = new LinkedHashSet<>();
        private final Set<Demand> demands = EnumSet.noneOf(Demand.class);
        private final SortedSet<Span> evidence = new TreeSet<>();
        private Integer signatoryCount;
        private String about;
        private boolean poll;

        /**
         * @param type local name of the document class in the ontology (Letter, OpenLetter, Proposal...)
         * @param rule the rule that found it
         */
        public Builder(String type, String rule) {
            this.type = type;
            this.rule = rule;
        }

        public String type() {
            return type;
        }

        public DateValue date() {
            return date;
        }

        /** Sets the date, keeping the more precise of the old and new when they agree. */
        public void date(DateValue d) {
            if (d == null) {
                return;
            }
            if (date == null || (d.iso().startsWith(date.iso()) && d.iso().length() > date.iso().length())) {
                date = d;
            }
        }

        /** Adds a participation, unless the same actor already has the role on the same evidence. */
        public void add(Actor actor, Role role, Provenance prov) {
            for (Participation p : participations) {
                if (p.actor() == actor && p.role() == role && p.prov().evidence().equals(prov.evidence())) {
                    return;
                }
            }
            participations.add(new Participation(actor, role, prov));
        }

        /** The participations so far, read-only. */
        public List<Participation> participations() {
            return Collections.unmodifiableList(participations);
        }

        public List<Actor> actors(Role role) {
            return actorsIn(participations, role);
        }

        /** Signatories, leaders first. */
        public List<Actor> signatories() {
            return signatoriesIn(participations);
        }

        public boolean has(Actor actor, Role role) {
            return participations.stream().anyMatch(p -> p.actor() == actor && p.role() == role);
        }

        public void demandText(String text) {
            demandTexts.add(text);
        }

        public void demand(Demand demand) {
            demands.add(demand);
        }

        public void evidence(Span s) {
            evidence.add(s);
        }

        public Integer signatoryCount() {
            return signatoryCount;
        }

        public void signatoryCount(Integer n) {
            signatoryCount = n;
        }

        public String about() {
            return about;
        }

        public void about(String about) {
            this.about = about;
        }

        /** The document reports answers others gave (a survey, a poll): what they say is not its makers' word. */
        public void poll() {
            poll = true;
        }

        /** Whether the document reports answers others gave: see {@link #poll()}. */
        public boolean isPoll() {
            return poll;
        }

        /** Takes in what another builder found of the same document: its date, evidence, participants, count and whether it is a poll. */
        public void merge(Builder other) {
            poll |= other.poll;
            date(other.date);
            other.evidence.forEach(this::evidence);
            for (Participation p : other.participations) {
                add(p.actor(), p.role(), p.prov());
            }
            if (signatoryCount == null) {
                signatoryCount = other.signatoryCount;
            }
        }

        /** The document as it stands. */
        public DocumentFact build() {
            return new DocumentFact(type, rule, date, participations, demandTexts, demands, evidence, signatoryCount, about);
        }

        @Override
        public String toString() {
            return type + "(" + (date == null ? "undated" : date.iso()) + ", " + signatories() + " -> " + actors(Role.ADDRESSEE) + ")";
        }
    }
}
