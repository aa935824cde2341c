package org.w3id.e2eekg.extract.relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * What the article has said so far, for resolving references back: the last person, the
 * last organisation of each kind, the last group of actors and the last pair named together
 * ("both"), the document under discussion ("the letter", "the effort") and the one the
 * article is about ("this letter"), the last date given ("days later"), the last measure
 * discussed ("it", "its supporters"), and the country the article is chiefly about ("the
 * government", "ministers").
 */
final class Discourse {
    final LocalDate articleDate;
    Actor focusCountry;
    List<Actor> lastGroup = List.of();
    DocumentFact lastGroupDocument;
    List<Actor> lastPair = List.of();
    Actor lastPerson;
    Actor lastOrg;
    final Map<String, Actor> lastOrgByType = new LinkedHashMap<>();
    final Map<String, Actor> lastSubjectByType = new LinkedHashMap<>();
    /** the last organisation named with this word in its name, lower case: "agency" for the National Crime Agency */
    final Map<String, Actor> lastOrgByWord = new LinkedHashMap<>();
    /** the document that was the subject of the last sentence ("The letter then went to ..."), for "It also cited ..." */
    DocumentFact lastSubjectDocument;
    int sentence;
    int lastSubjectDocumentSentence = -10;
    DocumentFact currentDocument;
    DocumentFact topicDocument;
    DateValue lastDate;
    int lastMeasure;
    boolean lastMeasurePlural;
    int lastMeasureSentence = -10;
    List<Actor> lastOfficials = List.of();
    /** polarity of the last target of the previous sentence, for "That is what critics call ..." */
    int previousTarget;
    /** polarity of the last stance the article reported, for "the move", "the change" */
    int lastVote;
    /** the polarity an event noun ("the move") takes: {@link #lastVote} as the window reader last saw it */
    int eventPolarity;
    int lastTarget;
    final List<DocumentFact> documents = new ArrayList<>();
    List<Actor> actors = List.of();

    Discourse(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    void mentioned(Actor a) {
        if (a.kind() == ActorKind.PERSON) {
            lastPerson = a;
        } else if (a.kind() == ActorKind.ORGANISATION) {
            lastOrg = a;
            lastOrgByType.put(a.type(), a);
            for (String w : nameWords(a)) {
                lastOrgByWord.put(w, a);
            }
        }
    }

    void subject(List<Actor> actors, DocumentFact doc) {
        if (actors.size() > 1) {
            lastGroup = List.copyOf(actors);
            lastGroupDocument = doc;
        } else if (actors.isEmpty() && doc != null) {
            lastGroup = List.of();
            lastGroupDocument = doc;
        }
        for (Actor a : actors) {
            mentioned(a);
            if (a.kind() == ActorKind.ORGANISATION) {
                lastSubjectByType.put(a.type(), a);
            }
        }
    }

    void pair(List<Actor> actors) {
        if (actors.size() >= 2) {
            lastPair = List.copyOf(actors);
        }
    }

    void document(DocumentFact d) {
        if (!documents.contains(d)) {
            documents.add(d);
        }
        if (isSigned(d)) {
            currentDocument = d;
            if (topicDocument == null && (d.type().equals("Letter") || d.type().equals("OpenLetter"))) {
                topicDocument = d;
            }
        }
    }

    /** Types of document that have signatories (not announcements, news reports or submissions). */
    static boolean isSigned(DocumentFact d) {
        return switch (d.type()) {
            case "Letter", "OpenLetter", "Petition", "PublicStatement", "Interview", "Proposal", "Opinion", "Vote" -> true;
            default -> false;
        };
    }

    /** An actor of the article by its name or alias, or null. */
    Actor byName(String name) {
        for (Actor a : actors) {
            if (a.named() && (a.label().equals(name) || a.aliases().contains(name))) {
                return a;
            }
        }
        return null;
    }

    /** The organisation of a kind that was last a subject, else last named: "the company" is the last Company. */
    Actor lastOf(String type) {
        Actor s = lastSubjectByType.get(type);
        return s != null ? s : lastOrgByType.get(type);
    }

    /**
     * What "the agency", "the centre" refers to: the last organisation of the kind, unless
     * its name lacks that word and a recently named one's has it ("the National Crime
     * Agency ... The agency estimates").
     */
    Actor lastOf(String type, String noun) {
        Actor byKind = lastOf(type);
        Actor byWord = lastOrgByWord.get(noun);
        if (byWord != null && (byKind == null || !nameWords(byKind).contains(noun))) {
            return byWord;
        }
        return byKind;
    }

    private static Set<String> nameWords(Actor a) {
        Set<String> out = new HashSet<>();
        for (String w : a.label().split("\\s+")) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        for (String alias : a.aliases()) {
            for (String w : alias.split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    void measure(int polarity, boolean plural, int sentence) {
        lastMeasure = polarity;
        lastMeasurePlural = plural;
        lastMeasureSentence = sentence;
    }
}
