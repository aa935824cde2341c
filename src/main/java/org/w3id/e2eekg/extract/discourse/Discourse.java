package org.w3id.e2eekg.extract.discourse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.DateValue;
import org.w3id.e2eekg.extract.lexicon.DocumentKinds;
import org.w3id.e2eekg.fact.DocumentFact;

/**
 * What the article has said so far, for resolving references back: the last person, the
 * last organisation of each kind, the last group of actors and the last pair named together
 * ("both"), the document under discussion ("the letter", "the effort") and the one the
 * article is about ("this letter"), the last date given ("days later"), the posts people
 * hold, and the country the article is chiefly about ("the government", "ministers").
 *
 * <p>This is the one piece of state an article run carries from sentence to sentence: the
 * relation stages read it and the end of each sentence adds to it. One instance belongs to
 * one article run and is confined to that run's thread; it is changed only through the
 * methods below, each of which says what the sentence has said.
 */
public final class Discourse {
    private final List<Actor> actors;
    private final Actor focusCountry;
    private final DocumentKinds kinds;
    private int sentence;

    private List<Actor> lastGroup = List.of();
    private DocumentFact.Builder lastGroupDocument;
    private List<Actor> lastPair = List.of();
    private Actor lastPerson;
    /** every person named so far, the most recently named last */
    private final List<Actor> personsByRecency = new ArrayList<>();
    private Actor lastOrg;
    /** the organisation that was alone the subject of a recent main clause, for "It urged ..." */
    private Actor lastSubjectOrg;
    private int lastSubjectOrgSentence = -10;
    private final Map<String, Actor> lastOrgByType = new LinkedHashMap<>();
    private final Map<String, Actor> lastSubjectByType = new LinkedHashMap<>();
    /** the last organisation named with this word in its name, lower case: "agency" for the National Crime Agency */
    private final Map<String, Actor> lastOrgByWord = new LinkedHashMap<>();
    private List<Actor> lastOfficials = List.of();
    private final Map<Actor, List<Actor>> affiliations = new HashMap<>();
    private final Map<Actor, String> offices = new HashMap<>();
    private final Map<Actor, List<String>> titles = new HashMap<>();

    private final List<DocumentFact.Builder> documents = new ArrayList<>();
    private DocumentFact.Builder currentDocument;
    private DocumentFact.Builder topicDocument;
    /** the document that was the subject of a recent sentence ("The letter then went to ..."), for "It also cited ..." */
    private DocumentFact.Builder lastSubjectDocument;
    private int lastSubjectDocumentSentence = -10;

    private DateValue lastDate;
    private DateValue writtenDate;
    private int writtenParagraph = -1;
    private int lastVote;
    private int eventPolarity;
    private int lastTarget;

    /**
     * @param actors the article's actors, as named-entity recognition resolved them
     * @param kinds  which kinds of document are signed, from the ontology
     */
    public Discourse(List<Actor> actors, DocumentKinds kinds) {
        this.actors = List.copyOf(actors);
        this.kinds = kinds;
        this.focusCountry = mostMentionedCountry(actors);
    }

    private static Actor mostMentionedCountry(List<Actor> actors) {
        Actor best = null;
        for (Actor a : actors) {
            if (a.isCountry() && a.named() && (best == null || a.mentions().size() > best.mentions().size())) {
                best = a;
            }
        }
        return best;
    }

    // ---- the sentence being read

    /** Moves on to the sentence with this index. */
    public void startSentence(int index) {
        sentence = index;
    }

    public int sentence() {
        return sentence;
    }

    // ---- actors

    /** The actors of the article. */
    public List<Actor> actors() {
        return actors;
    }

    /** The country the article names most often, for "the government" and "ministers"; or null. */
    public Actor focusCountry() {
        return focusCountry;
    }

    /** An actor of the article by its name or alias, or null. */
    public Actor byName(String name) {
        for (Actor a : actors) {
            if (a.named() && (a.label().equals(name) || a.aliases().contains(name))) {
                return a;
            }
        }
        return null;
    }

    /** A sentence named the actor. */
    public void mentioned(Actor a) {
        if (a.kind() == ActorKind.PERSON) {
            lastPerson = a;
            personsByRecency.remove(a);
            personsByRecency.add(a);
        } else if (a.kind() == ActorKind.ORGANISATION) {
            lastOrg = a;
            lastOrgByType.put(a.type(), a);
            for (String w : nameWords(a)) {
                lastOrgByWord.put(w, a);
            }
        }
    }

    /** A main clause had these actors, or only this document, as its subject. */
    public void subject(List<Actor> subjects, DocumentFact.Builder doc) {
        if (subjects.size() > 1) {
            lastGroup = List.copyOf(subjects);
            lastGroupDocument = doc;
        } else if (subjects.isEmpty() && doc != null) {
            lastGroup = List.of();
            lastGroupDocument = doc;
        }
        for (Actor a : subjects) {
            mentioned(a);
            if (a.kind() == ActorKind.ORGANISATION) {
                lastSubjectByType.put(a.type(), a);
            }
        }
        if (subjects.size() == 1 && subjects.get(0).kind() == ActorKind.ORGANISATION) {
            lastSubjectOrg = subjects.get(0);
            lastSubjectOrgSentence = sentence;
        }
    }

    /**
     * The organisation that was the subject of a main clause in this sentence or the one
     * before, or null: "the center said that Meta had ... . It urged ..." refers to the center,
     * although Meta was named after it.
     */
    public Actor recentSubjectOrg() {
        return lastSubjectOrgSentence >= sentence - 1 ? lastSubjectOrg : null;
    }

    /** A sentence named two actors joined by "and" ("both"). */
    public void pair(List<Actor> pair) {
        if (pair.size() >= 2) {
            lastPair = List.copyOf(pair);
        }
    }

    public Actor lastPerson() {
        return lastPerson;
    }

    /** The most recently named person that passes the test ("she": not a man), or null. */
    public Actor lastPerson(java.util.function.Predicate<Actor> test) {
        for (int i = personsByRecency.size() - 1; i >= 0; i--) {
            if (test.test(personsByRecency.get(i))) {
                return personsByRecency.get(i);
            }
        }
        return null;
    }

    public Actor lastOrg() {
        return lastOrg;
    }

    /** The last two actors named together. */
    public List<Actor> lastPair() {
        return lastPair;
    }

    /** The last group that was a subject ("they"). */
    public List<Actor> lastGroup() {
        return lastGroup;
    }

    /** The document the last group made, or that was itself the last subject; or null. */
    public DocumentFact.Builder lastGroupDocument() {
        return lastGroupDocument;
    }

    /** The organisation of a kind that was last a subject, else last named: "the company" is the last Company. */
    public Actor lastOf(String type) {
        Actor s = lastSubjectByType.get(type);
        return s != null ? s : lastOrgByType.get(type);
    }

    /**
     * What "the agency", "the centre" refers to: the last organisation of the kind, unless
     * its name lacks that word and a recently named one's has it ("the National Crime
     * Agency ... The agency estimates").
     */
    public Actor lastOf(String type, String noun) {
        Actor byKind = lastOf(type);
        Actor byWord = lastOrgByWord.get(noun);
        if (byWord != null && (byKind == null || !nameWords(byKind).contains(noun))) {
            return byWord;
        }
        return byKind;
    }

    /** The last organisation with this word, in lower case, in its name; or null. */
    public Actor lastOrgWithWord(String word) {
        return lastOrgByWord.get(word);
    }

    /** The last organisation named of each kind, kinds in the order first met. */
    public Collection<Actor> lastOrgOfEachKind() {
        return Collections.unmodifiableCollection(lastOrgByType.values());
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

    // ---- posts

    /** A person holds a post at an organisation. */
    public void affiliate(Actor person, Actor organisation) {
        affiliations.computeIfAbsent(person, k -> new ArrayList<>()).add(organisation);
    }

    /** The organisations a person holds posts at, in the order read. */
    public List<Actor> affiliations(Actor person) {
        return Collections.unmodifiableList(affiliations.getOrDefault(person, List.of()));
    }

    /** A person holds public office. */
    public void holdsOffice(Actor person, String role) {
        offices.put(person, role);
    }

    public boolean holdsOffice(Actor person) {
        return offices.containsKey(person);
    }

    /** A person was named with a title ("Vice President John Doe"). */
    public void titled(Actor person, String title) {
        titles.computeIfAbsent(person, k -> new ArrayList<>()).add(title);
    }

    /**
     * The one person read so far with this title, for "the deputy mayor" after "Deputy
     * Mayor John Doe"; null when none or more than one has it.
     */
    public Actor holderOf(String title) {
        Actor found = null;
        for (Map.Entry<Actor, List<String>> e : titles.entrySet()) {
            if (e.getValue().stream().anyMatch(title::equalsIgnoreCase)) {
                if (found != null && found != e.getKey()) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** People among a document's signatories who hold public office, for "the ministers". */
    public List<Actor> officialsOf(DocumentFact.Builder doc) {
        List<Actor> out = new ArrayList<>();
        for (Actor x : doc.signatories()) {
            if (x.kind() == ActorKind.PERSON && offices.containsKey(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The office holders last named as a document's signatories ("the ministers"). */
    public List<Actor> lastOfficials() {
        return lastOfficials;
    }

    public void officials(List<Actor> officials) {
        lastOfficials = officials;
    }

    // ---- documents

    /** A sentence introduced or spoke of a document. A signed one becomes the document under discussion. */
    public void document(DocumentFact.Builder d) {
        if (!documents.contains(d)) {
            documents.add(d);
        }
        if (kinds.signed(d.type())) {
            currentDocument = d;
            if (topicDocument == null && kinds.letter(d.type())) {
                topicDocument = d;
            }
        }
    }

    /**
     * A sentence spoke in passing of a document the reader is taken to know ("responding to
     * the blueprint X had published"): it is kept, but the document under discussion stays.
     */
    public void documentInPassing(DocumentFact.Builder d) {
        if (!documents.contains(d)) {
            documents.add(d);
        }
    }

    /** Every document so far, in the order introduced. */
    public List<DocumentFact.Builder> documents() {
        return Collections.unmodifiableList(documents);
    }

    /** The signed document under discussion ("the letter", "the signatories"), or null. */
    public DocumentFact.Builder currentDocument() {
        return currentDocument;
    }

    /**
     * What a definite document noun of this kind refers to: the document under discussion when
     * it is of the same family (letters of all kinds are one), else the last document of that
     * family introduced; null when there is none ("The letter, delivered on Friday, ..." after a
     * statement is a new letter, not the statement).
     */
    public DocumentFact.Builder currentDocumentLike(String kind) {
        String family = kinds.family(kind);
        if (currentDocument != null && kinds.family(currentDocument.type()).equals(family)) {
            return currentDocument;
        }
        for (int i = documents.size() - 1; i >= 0; i--) {
            if (kinds.family(documents.get(i).type()).equals(family)) {
                return documents.get(i);
            }
        }
        return null;
    }

    /** The first letter the article introduced: what "this letter" is; or null. */
    public DocumentFact.Builder topicDocument() {
        return topicDocument;
    }

    /** A main clause of the current sentence had a document, and no actors, as its subject. */
    public void subjectDocument(DocumentFact.Builder doc) {
        lastSubjectDocument = doc;
        lastSubjectDocumentSentence = sentence;
    }

    /** The document that was the subject of this sentence or the one before ("It also cited ..."), or null. */
    public DocumentFact.Builder recentSubjectDocument() {
        return lastSubjectDocument != null && lastSubjectDocumentSentence >= sentence - 1 ? lastSubjectDocument : null;
    }

    // ---- dates and polarity

    /** The last full date (with a month) the article gave, for "days later"; or null. */
    public DateValue lastDate() {
        return lastDate;
    }

    public void date(DateValue date) {
        lastDate = date;
    }

    /** The last date with its year written out, if it was given in this paragraph; or null. */
    public DateValue writtenDateIn(int paragraph) {
        return writtenParagraph == paragraph ? writtenDate : null;
    }

    /** A date whose year the text writes out ("May 2, 2017"), in a paragraph. */
    public void writtenDate(DateValue date, int paragraph) {
        writtenDate = date;
        writtenParagraph = paragraph;
    }

    /** A stance was read with this polarity. */
    public void vote(int polarity) {
        lastVote = polarity;
    }

    /**
     * The window reader starts on a sentence: an event noun ("the move") now takes the
     * polarity of the last stance read, and keeps it until the reader starts on the next.
     */
    public void startWindowReading() {
        eventPolarity = lastVote;
    }

    /** The polarity an event noun ("the move") takes: the last stance read before the window reader's current sentence. */
    public int eventPolarity() {
        return eventPolarity;
    }

    /** The polarity of the last target the previous sentence named ("That is what critics call ..."), or 0. */
    public int lastTarget() {
        return lastTarget;
    }

    public void target(int polarity) {
        lastTarget = polarity;
    }
}
