package org.w3id.e2eekg.extract.mention;

import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Decides whether a capitalised run names a person or an organisation, from the name itself
 * (a given name or honorific first, an initial, a "Jr." last, an organisation word last)
 * and from its neighbours (a post title before it, ", who" or a title in apposition after
 * it). A run with no sign of a person is an organisation: in news about a policy debate,
 * most unknown names are of bodies, companies and products.
 */
final class NameClassifier {
    /** A classification: the kind and the most specific ontology class. */
    record Kind(ActorKind kind, String type) {}

    /** The class a legislature's name word gives (lex:orgHeadsLegislature). */
    private static final String LEGISLATURE = E2K.Legislature.getLocalName();

    private final Words words;

    NameClassifier(Words words) {
        this.words = words;
    }

    Kind classify(AnalysedSentence a, int from, int to) {
        Token first = a.token(from);
        Token last = a.token(to - 1);
        String head = words.orgHeadClass(last.text());
        if (head != null && (to - from > 1 || LEGISLATURE.equals(head))) {
            // "the Senate", "Congress": a legislature's name word names it alone, unlike "Police" or "Service"
            return new Kind(ActorKind.ORGANISATION, head);
        }
        if (to - from > 1 && words.orgLeads.contains(first.text()) && containsPreposition(a, from, to)) {
            return new Kind(ActorKind.ORGANISATION, "Organisation");
        }
        if (looksLikePerson(a, from, to)) {
            return new Kind(ActorKind.PERSON, "Person");
        }
        return new Kind(ActorKind.ORGANISATION, "Organisation");
    }

    private boolean looksLikePerson(AnalysedSentence a, int from, int to) {
        Token first = a.token(from);
        Token last = a.token(to - 1);
        boolean multi = to - from > 1;
        if (multi && (words.givenNames.contains(first.text()) || words.honorifics.contains(first.text()))) {
            return true;
        }
        if (multi && words.nameSuffixes.contains(last.text())) {
            return true;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (a.token(i).isInitial() && a.token(i + 1).is(".")) {
                return true;
            }
        }
        if (!multi || containsPreposition(a, from, to) || first.isAcronym()) {
            return false;
        }
        // a post title right before the name: "Canadian professor Jane Roe"
        RoleTitle before = from > 0 ? a.roleAt(from - 1) : null;
        if (before != null && before.to() == from) {
            return true;
        }
        // an abbreviated title with its full stop: "Sen. Jane Roe"
        RoleTitle abbreviated = from > 1 && a.token(from - 1).is(".") ? a.roleAt(from - 2) : null;
        if (abbreviated != null && abbreviated.to() == from - 1) {
            return true;
        }
        // ", who" or ", the lead negotiator," after it
        if (to + 1 < a.size() && a.token(to).is(",")) {
            Token next = a.token(to + 1);
            if (words.who.matches(next)) {
                return true;
            }
            for (int k = to + 1; k < Math.min(a.size(), to + 4); k++) {
                RoleTitle r = a.roleAt(k);
                if (r != null && r.from() <= to + 3) {
                    return onlyDeterminers(a, to + 1, r.from()); // not ", together with Minister X"
                }
            }
        }
        // "its secretary general, John Smith"
        if (from >= 2 && a.token(from - 1).is(",")) {
            RoleTitle r = a.roleAt(from - 2);
            if (r != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens in [from, to) are all determiners or pronouns ("the", "its"). */
    private static boolean onlyDeterminers(AnalysedSentence a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!a.pos(k).equals("DET") && !a.pos(k).equals("PRON")) {
                return false;
            }
        }
        return true;
    }

    private boolean containsPreposition(AnalysedSentence a, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = a.token(i);
            if (words.namePrepositions.matchesAsWritten(t) || t.is("&") || words.and.matchesAsWritten(t)) {
                return true;
            }
        }
        return false;
    }
}
