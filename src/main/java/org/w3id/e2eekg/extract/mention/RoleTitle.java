package org.w3id.e2eekg.extract.mention;

/**
 * The title of a post, found in a sentence ("US Attorney General", "head of Messenger",
 * "the charity's director of policy and research").
 *
 * @param sentence    the sentence index
 * @param from        first token of the whole phrase, organisation words included
 * @param to          index after its last token
 * @param role        the title without organisation or dating words: "Attorney General"
 * @param headFrom    first token of the title proper
 * @param headTo      index after the title proper
 * @param kind        office, post or profession
 * @param org         the organisation the phrase names, or null
 * @param orgRefToken for "its president" or "the charity's head": the token of the word that
 *                    refers back to the organisation, or -1
 * @param nationality for "American professor": the country, or null
 * @param implied     for titles such as MEP: the organisation the title implies, or null
 */
public record RoleTitle(int sentence, int from, int to, String role, int headFrom, int headTo, Kind kind,
                        Mention org, int orgRefToken, Mention nationality, String implied) {

    /**
     * Where the name after the title starts: right after it, or after the full stop of an
     * abbreviated title ("Sen. Jane Roe") when a name follows that.
     */
    public int nameFrom(AnalysedSentence a) {
        return to < a.size() && a.token(to).is(".") && to + 1 < a.size() && a.mentionAt(to + 1) != null ? to + 1 : to;
    }

    /** Classes of title. */
    public enum Kind {
        /** public office: organisation is a country or a body */
        OFFICE,
        /** a post in an organisation */
        POST,
        /** a profession, needing no organisation */
        PROFESSION
    }
}
