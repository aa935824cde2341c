package org.w3id.e2eekg.fact;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;

/**
 * A document or public act the article reports: a letter, statement, proposal, report. Its
 * participants accumulate as the article goes on ("The letter ... has been signed by";
 * "This effort was led by"), so the object is mutable until extraction ends.
 */
public final class DocumentFact {
    /** How an actor takes part in a document. */
    public enum Role { SIGNATORY, LEADER, ADDRESSEE, ISSUER, REPORTER, FIRST_REPORTER }

    /** One participation, with the evidence for it. */
    public record Participation(Actor actor, Role role, Provenance prov) {}

    private final String type;
    private DateValue date;
    private final List<Participation> participations = new ArrayList<>();
    private final Set<String> demandTexts = new LinkedHashSet<>();
    private final Set<Demand> demands = EnumSet.noneOf(Demand.class);
    private final Set<Span> evidence = new TreeSet<>();
    private Integer signatoryCount;
    private String about;
    private String rule;

    /**
     * @param type local name of the document class in the ontology (Letter, OpenLetter, Proposal...)
     * @param rule the rule that found it
     */
    public DocumentFact(String type, String rule) {
        this.type = type;
        this.rule = rule;
    }

    public String type() {
        return type;
    }

    public String rule() {
        return rule;
    }

    public DateValue date() {
        return date;
    }

    /** Sets the date, keeping the more precise of the old and new when they agree. */
    public void setDate(DateValue d) {
        if (d == null) {
            return;
        }
        if (date == null || (d.iso().startsWith(date.iso()) && d.iso().length() > date.iso().length())) {
            date = d;
        }
    }

    public void add(Actor actor, Role role, Provenance prov) {
        for (Participation p : participations) {
            if (p.actor() == actor && p.role() == role && p.prov().evidence().equals(prov.evidence())) {
                return;
            }
        }
        participations.add(new Participation(actor, role, prov));
    }

    public List<Participation> participations() {
        return participations;
    }

    public List<Actor> actors(Role role) {
        List<Actor> out = new ArrayList<>();
        for (Participation p : participations) {
            if (p.role() == role && !out.contains(p.actor())) {
                out.add(p.actor());
            }
        }
        return out;
    }

    /** Signatories, leaders first. */
    public List<Actor> signatories() {
        List<Actor> out = new ArrayList<>(actors(Role.LEADER));
        for (Actor a : actors(Role.SIGNATORY)) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    public boolean has(Actor actor, Role role) {
        return participations.stream().anyMatch(p -> p.actor() == actor && p.role() == role);
    }

    public Set<String> demandTexts() {
        return demandTexts;
    }

    public Set<Demand> demands() {
        return demands;
    }

    public Set<Span> evidence() {
        return evidence;
    }

    public void addEvidence(Span s) {
        evidence.add(s);
    }

    public Integer signatoryCount() {
        return signatoryCount;
    }

    public void setSignatoryCount(Integer n) {
        signatoryCount = n;
    }

    public String about() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    @Override
    public String toString() {
        return type + "(" + (date == null ? "undated" : date.iso()) + ", " + signatories() + " -> " + actors(Role.ADDRESSEE) + ")";
    }
}
