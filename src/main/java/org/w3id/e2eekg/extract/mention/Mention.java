package org.w3id.e2eekg.extract.mention;

import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;

/**
 * A stretch of one sentence that names an actor. Token positions are local to the sentence.
 * The resolver sets {@link #actor} once it knows which actor the name stands for.
 */
public final class Mention {
    /** How the mention was found. */
    public enum Source {
        /** a name of the reference data */
        GAZETTEER,
        /** a capitalised run of words */
        NAME,
        /** a name followed by a lower-case organisation noun ("Tamil Nadu government") */
        COMPOUND,
        /** a country's adjective ("British") */
        DEMONYM
    }

    public final int sentence;
    public final int from;
    public final int to;
    public final String text;
    /** the name to show, when it differs from the text ("harbours committee" for "the Assembly's harbours committee") */
    String label;
    public final Source source;
    public final Gazetteer.Entry entry;
    ActorKind kind;
    String type;
    Actor actor;
    boolean possessive;
    Mention whole;

    Mention(int sentence, int from, int to, String text, Source source, Gazetteer.Entry entry, ActorKind kind, String type) {
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        this.text = text;
        this.label = text;
        this.source = source;
        this.entry = entry;
        this.kind = kind;
        this.type = type;
    }

    public ActorKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public Actor actor() {
        return actor;
    }

    /** Followed by a possessive 's. */
    public boolean possessive() {
        return possessive;
    }

    public boolean isDemonym() {
        return source == Source.DEMONYM;
    }

    /** For a name that lies inside a longer one (Senate in Senate Judiciary Committee), the longer one. */
    public Mention whole() {
        return whole;
    }

    public boolean covers(int i) {
        return i >= from && i < to;
    }

    @Override
    public String toString() {
        return text + "/" + kind + (actor != null ? "->" + actor.key() : "");
    }
}
