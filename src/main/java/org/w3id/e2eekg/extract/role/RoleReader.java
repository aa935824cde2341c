package org.w3id.e2eekg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.e2eekg.extract.discourse.AgentResolver;
import org.w3id.e2eekg.extract.discourse.Discourse;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.lexicon.WordSet;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.mention.RoleTitle;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorKind;
import org.w3id.e2eekg.fact.RoleFact;

/**
 * Ties post titles to the people who hold them: a title right before a name ("Ruritanian Attorney
 * General John Doe"), a title in apposition after it ("Jane Roe, president of
 * the Wren Foundation") or before it ("its secretary general, John Smith"), "who runs
 * Foomail", and "as acting head of the Department of Transport". The organisation
 * is the one the title names; else the one "its" or "the charity's" refers to; else the one
 * the title implies (an MEP sits in the European Parliament) when the article names it; a
 * country's adjective is the organisation of a public office ("British Home Secretary") and
 * the nationality of a profession ("American professor").
 *
 * <p>The role stage: immutable and thread-safe.
 */
public final class RoleReader {
    /**
     * A role read in a sentence.
     *
     * @param fact        the post held
     * @param nationality the country of a profession's holder ("American professor"), or null
     * @param past        whether the post is one the person no longer held at the time told of ("former", "ex-")
     */
    public record Found(RoleFact fact, Actor nationality, boolean past) {}

    private final Map<String, String> roleVerbs;

    private final WordSet roleLeadingWords;
    private final WordSet titleLeadingWords;
    private final WordSet as;
    private final WordSet who;
    private final WordSet whose;
    private final WordSet bodyPossessives;
    private final Map<String, String> anaphorClasses;
    private final WordSet centreWords;
    private final java.util.Map<String, String> titleAbbreviations;
    private final WordSet documentNouns;
    private final WordSet pastModifiers;

    public RoleReader(Lexicon lex) {
        this.roleVerbs = lex.pairs("roleVerbs");
        roleLeadingWords = WordSet.of(lex, "roleLeadingWords");
        titleLeadingWords = WordSet.of(lex, "titleLeadingWords");
        as = WordSet.of(lex, "prepositionAs");
        who = WordSet.of(lex, "pronounWho");
        whose = WordSet.of(lex, "pronounWhose");
        bodyPossessives = WordSet.of(lex, "bodyPossessives");
        anaphorClasses = lex.pairs("organisationAnaphorClasses");
        centreWords = WordSet.of(lex, "centreWords");
        pastModifiers = WordSet.of(lex, "rolePastModifiers");
        titleAbbreviations = lex.pairs("titleAbbreviations");
        documentNouns = WordSet.of(lex, "proposalNouns", "reportNouns", "letterNouns", "statementNouns", "opinionNouns");
    }

    /** "the former chief security officer", "ex-chief executive": a word just before the title saying it is no longer held. */
    private boolean pastMarked(AnalysedSentence a, int titleStart) {
        for (int k = titleStart - 1; k >= Math.max(0, titleStart - 2); k--) {
            if (pastModifiers.matches(a.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The posts a sentence says people hold. */
    public List<Found> read(SentenceContext s, Discourse d) {
        AnalysedSentence a = s.sentence();
        List<Found> out = new ArrayList<>();
        for (RoleTitle r : a.roles()) {
            Actor person = holder(s, r);
            if (person == null) {
                continue;
            }
            Actor org = organisation(s, r, d, person);
            Actor nationality = r.nationality() != null ? AgentResolver.outer(r.nationality()).actor() : null;
            String role = withoutLeadingWord(r.role());
            role = titleAbbreviations.getOrDefault(role.toLowerCase(java.util.Locale.ROOT), role);
            String title = s.text(r.from(), r.to());
            out.add(new Found(new RoleFact(person, role, title, org, s.prov("role-title", title)), nationality,
                    pastMarked(a, r.from())));
        }
        whoRuns(s, out);
        return sharedOrganisation(out);
    }

    /** "Irish MEP John Doe, the lead negotiator": a title without organisation takes the one of the same person's other title in the sentence. */
    private static List<Found> sharedOrganisation(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            RoleFact r = f.fact();
            Actor org = r.organisation();
            if (org == null) {
                for (Found g : found) {
                    if (g != f && g.fact().person() == r.person() && g.fact().organisation() != null) {
                        org = g.fact().organisation();
                    }
                }
            }
            out.add(org == r.organisation() ? f
                    : new Found(new RoleFact(r.person(), r.role(), r.title(), org, r.prov()), f.nationality(), f.past()));
        }
        return out;
    }

    /** The person a title belongs to, or null. */
    private Actor holder(SentenceContext s, RoleTitle r) {
        AnalysedSentence a = s.sentence();
        // title before name, an abbreviated one with its full stop: "Sen. Jane Roe"
        int named = r.nameFrom(a);
        if (named < a.size()) {
            Mention m = a.mentionAt(named);
            if (m != null && m.from == named && person(m) != null) {
                return person(m);
            }
        }
        // name, [then] [the] title  /  name, who had replaced X as title
        int k = r.from() - 1;
        while (k >= 0 && titleLeadingWords.matches(a.token(k))) {
            k--;
        }
        if (k >= 1 && a.token(k).is(",")) {
            Mention m = a.mentionAt(k - 1);
            if (m != null && person(m) != null) {
                return person(m);
            }
        }
        // title, name
        if (r.to() + 1 < a.size() && a.token(r.to()).is(",")) {
            Mention m = a.mentionAt(r.to() + 1);
            if (m != null && m.from == r.to() + 1 && person(m) != null) {
                return person(m);
            }
        }
        // "who had replaced Doe as interim head of ...": the subject of the clause
        if (k >= 0 && as.matches(a.token(k))) {
            for (int j = k - 1; j >= 1; j--) {
                if (who.matches(a.token(j)) && a.token(j - 1).is(",")) {
                    Mention m = a.mentionAt(j - 2);
                    return m != null ? person(m) : null;
                }
            }
        }
        return null;
    }

    private static Actor person(Mention m) {
        Mention w = AgentResolver.outer(m);
        return w.actor() != null && w.actor().kind() == ActorKind.PERSON ? w.actor() : null;
    }

    private Actor organisation(SentenceContext s, RoleTitle r, Discourse d, Actor person) {
        AnalysedSentence a = s.sentence();
        if (r.org() != null) {
            Actor o = AgentResolver.outer(r.org()).actor();
            if (o != null && (r.kind() != RoleTitle.Kind.PROFESSION || o.kind() != ActorKind.PLACE)) {
                return o;
            }
        }
        if (r.orgRefToken() >= 0) {
            Token t = a.token(r.orgRefToken());
            if (whose.matches(t) && r.orgRefToken() >= 2 && a.token(r.orgRefToken() - 1).is(",")) {
                Mention m = a.mentionAt(r.orgRefToken() - 2);
                if (m != null && AgentResolver.outer(m).actor() != null) {
                    return AgentResolver.outer(m).actor();
                }
            }
            if (bodyPossessives.matches(t)) {
                // the organisation the sentence is about: "the Wren Trust ...; its secretary general"
                for (int i = 0; i < r.orgRefToken(); i++) {
                    Mention m = a.mentionAt(i);
                    if (m != null && AgentResolver.outer(m).actor() != null
                            && AgentResolver.outer(m).actor().kind() == ActorKind.ORGANISATION) {
                        return AgentResolver.outer(m).actor();
                    }
                }
                return d.lastOrg();
            }
            String kind = anaphorClasses.get(t.lower());
            if (kind != null) {
                return d.lastOf(kind);
            }
            if (documentNouns.matches(t)) {
                return null; // "the bill's rapporteur": a post on a document, not in the last organisation named
            }
            return centreWords.matches(t) ? centre(d) : d.lastOrg();
        }
        if (r.implied() != null) {
            for (Actor x : d.actors()) {
                if (x.named() && (x.label().equals(r.implied()) || x.aliases().contains(r.implied()))) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * The role without a word before it that dates or introduces it ("the former Minister for
     * Harbours" holds the role "Minister for Harbours"): one such word, and the spaces after it.
     */
    private String withoutLeadingWord(String role) {
        int end = 0;
        while (end < role.length() && !isSpace(role.charAt(end))) {
            end++;
        }
        if (end == role.length() || !roleLeadingWords.contains(role.substring(0, end).toLowerCase(java.util.Locale.ROOT))) {
            return role;
        }
        int rest = end;
        while (rest < role.length() && isSpace(role.charAt(rest))) {
            rest++;
        }
        return role.substring(rest);
    }

    /** The white space of a regular expression's {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private Actor centre(Discourse d) {
        for (Actor a : d.lastOrgOfEachKind()) {
            if (centreWords.occursIn(a.label())) {
                return a;
            }
        }
        return d.lastOrg();
    }

    /** "Jane Roe, who runs Foomail": head of Foomail. */
    private void whoRuns(SentenceContext s, List<Found> out) {
        AnalysedSentence a = s.sentence();
        for (int i = 2; i + 1 < a.size(); i++) {
            if (!who.matches(a.token(i)) || !a.token(i - 1).is(",")) {
                continue;
            }
            String title = roleVerbs.get(a.token(i + 1).lower());
            Mention p = a.mentionAt(i - 2);
            Mention o = i + 2 < a.size() ? a.mentionAt(i + 2) : null;
            if (title == null || p == null || person(p) == null || o == null || AgentResolver.outer(o).actor() == null) {
                continue;
            }
            Actor org = AgentResolver.outer(o).actor();
            out.add(new Found(new RoleFact(person(p), title, s.text(i + 1, AgentResolver.outer(o).to), org,
                    s.prov("role-verb", s.text(i, i + 2))), null, false));
        }
    }
}
