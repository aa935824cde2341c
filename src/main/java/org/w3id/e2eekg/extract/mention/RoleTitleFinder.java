package org.w3id.e2eekg.extract.mention;

import java.util.Locale;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.text.Token;
import org.w3id.e2eekg.fact.ActorKind;

/**
 * Finds post titles around a title word of the lexicon: its modifiers ("Acting", "senior",
 * "Home"), the organisation or country named before it ("US", "Facebook", "Australia's",
 * "its", "the center's") and its complement: a portfolio for public office ("Secretary of
 * Public Works", "Minister for Fisheries"), a field in lower case ("head of consumer
 * privacy policy") or the organisation ("head of Foomail", "at the Department for
 * Trade, Harbours and Fisheries").
 */
final class RoleTitleFinder {
    private final Words words;

    RoleTitleFinder(Words words) {
        this.words = words;
    }

    void find(String text, AnalysedSentence a) {
        int n = a.size();
        for (int i = 0; i < n; i++) {
            if (a.mentionAt(i) != null || a.roleAt(i) != null) {
                continue;
            }
            PhraseMatcher.Match m = words.roleHeads.at(a.tokens(), i);
            if (m == null || !plausibleHead(a, i, m)) {
                continue;
            }
            RoleTitle r = build(text, a, m);
            if (r != null) {
                a.add(r);
                i = r.to() - 1;
            }
        }
    }

    private boolean plausibleHead(AnalysedSentence a, int i, PhraseMatcher.Match m) {
        Token t = a.token(i);
        // a capitalised common title inside a name of its own ("Executive Director") is fine, but
        // a verb use ("head to", "chair the meeting") is not
        if (m.to() - m.from() == 1 && a.isVerb(i) && !t.isCapitalized()) {
            return false;
        }
        int after = m.to();
        // "the Information Commissioner's Office": the owner inside an organisation's name
        if (after < a.size() && a.token(after).isPossessive() && CapSpans.ownedOrganisation(a, words, after + 1, k -> false)) {
            return false;
        }
        // plural or part of a longer word sequence such as "secretary's office" is still a title
        return !(i + 1 < a.size() && a.token(i + 1).isPossessive() && m.to() == i + 1 && !t.isCapitalized());
    }

    private RoleTitle build(String text, AnalysedSentence a, PhraseMatcher.Match m) {
        RoleTitle.Kind kind = words.roleKinds.get(m.list());
        int headFrom = m.from();
        int headTo = m.to();
        // coordinated titles: "founder and managing director"
        if (headTo + 1 < a.size() && words.and.matchesAsWritten(a.token(headTo))) {
            PhraseMatcher.Match next = words.roleHeads.at(a.tokens(), headTo + 1);
            if (next != null && words.roleKinds.get(next.list()) != RoleTitle.Kind.PROFESSION) {
                headTo = next.to();
            }
        }
        String implied = words.impliedOrgs.get(a.token(headTo - 1).lower());
        if (implied == null) {
            implied = words.impliedOrgs.get(a.text(text, m.from(), m.to()).toLowerCase(Locale.ROOT));
        }
        Left left = left(text, a, headFrom, kind, implied != null);
        headFrom = left.titleFrom;
        int to = headTo;
        Mention org = left.org;
        int titleTo = headTo;
        // complement
        if (to + 1 < a.size() && words.titleOfficePrepositions.matchesAsWritten(a.token(to))) {
            int k = to + 1;
            if (kind == RoleTitle.Kind.OFFICE) {
                int p = portfolio(a, k, a.token(headTo - 1).isCapitalized());
                if (p > k) {
                    Mention inner = a.mentionAt(k);
                    if (org == null && inner != null && inner.kind() == ActorKind.ORGANISATION) {
                        org = inner;
                    }
                    titleTo = p;
                    to = p;
                }
            } else {
                if (words.the.matchesAsWritten(a.token(k)) && k + 1 < a.size()) {
                    k++;
                }
                Mention inner = a.mentionStartingAt(k);
                if (inner != null && inner.kind() != ActorKind.PERSON && !inner.isDemonym() && words.of.matchesAsWritten(a.token(to))) {
                    if (org == null) {
                        org = inner;
                    }
                    to = inner.to;
                } else if (words.of.matchesAsWritten(a.token(to)) || kind != RoleTitle.Kind.POST) {
                    int f = field(a, to + 1);
                    if (f > to + 1) {
                        titleTo = f;
                        to = f;
                    }
                }
            }
        }
        // "at the Department for Trade, Harbours and Fisheries"
        if (to + 1 < a.size() && words.at.matchesAsWritten(a.token(to))) {
            int k = to + 1;
            if (words.the.matchesAsWritten(a.token(k)) && k + 1 < a.size()) {
                k++;
            }
            Mention inner = a.mentionStartingAt(k);
            if (inner != null && inner.kind() == ActorKind.ORGANISATION) {
                if (org == null || org.isDemonym() || "Country".equals(org.type())) {
                    org = inner;
                }
                to = inner.to;
            }
        }
        String role = a.text(text, headFrom, titleTo);
        if (left.temporalSkipped && role.isEmpty()) {
            return null;
        }
        return new RoleTitle(a.index(), left.from, to, role, headFrom, titleTo, kind, org, left.orgRef,
                left.nationality, implied);
    }

    private record Left(int from, int titleFrom, Mention org, int orgRef, Mention nationality, boolean temporalSkipped) {}

    private Left left(String text, AnalysedSentence a, int headFrom, RoleTitle.Kind kind, boolean implied) {
        int from = headFrom;
        int titleFrom = headFrom;
        Mention org = null;
        Mention nationality = null;
        int orgRef = -1;
        boolean temporal = false;
        int j = headFrom - 1;
        while (j >= 0) {
            Token t = a.token(j);
            Mention m = a.mentionAt(j);
            if (m != null) {
                if (org != null || nationality != null || m.kind() == ActorKind.PERSON) {
                    break;
                }
                if (m.isDemonym() && (kind == RoleTitle.Kind.PROFESSION || implied)) {
                    nationality = m;
                } else {
                    org = m;
                }
                from = m.from;
                j = m.from - 1;
                continue;
            }
            if (t.isPossessive()) {
                if (j - 1 >= 0 && a.mentionAt(j - 1) != null && org == null) {
                    Mention pm = a.mentionAt(j - 1);
                    if (pm.kind() != ActorKind.PERSON) {
                        org = pm;
                        from = pm.from;
                    }
                } else if (j - 1 >= 0 && a.token(j - 1).isWord() && org == null) {
                    orgRef = j - 1;
                    from = j - 1;
                    if (j - 2 >= 0 && words.the.matches(a.token(j - 2))) {
                        from = j - 2;
                    }
                }
                break;
            }
            if (words.organisationPossessives.matches(t) && org == null) {
                orgRef = j;
                from = j;
                break;
            }
            if (words.roleModifiers.contains(t.lower()) && org == null && nationality == null) {
                titleFrom = j;
                from = j;
                j--;
                continue;
            }
            if (words.roleModifiers.contains(t.lower())) {
                from = j;
                j--;
                continue;
            }
            if (words.roleTemporal.contains(t.lower())) {
                temporal = true;
                j--;
                continue;
            }
            if (t.isCapitalized() && !words.isFunctionWord(t) && org == null && nationality == null) {
                if (kind == RoleTitle.Kind.OFFICE && !words.isMonthOrDay(t)) { // not "In late January Sen. X"
                    titleFrom = j; // "Pirate MEP", "Technology Secretary"
                    from = j;
                    j--;
                    continue;
                }
                break; // an unknown name before a post title is left to the name finder as its organisation
            }
            break;
        }
        return new Left(from, titleFrom, org, orgRef, nationality, temporal);
    }

    /** End of a portfolio such as "of Homeland Security", "for Home Affairs", "of State"; k is its first word. */
    /**
     * The end of an office's portfolio after "of"/"for": known portfolio words, and after a
     * capitalised title any capitalised words joined by "and" ("Minister of Public Safety and
     * Emergency Preparedness"), stopping before a person's name.
     */
    private int portfolio(AnalysedSentence a, int k, boolean titleCase) {
        int n = a.size();
        int end = k;
        while (end < n) {
            Token t = a.token(end);
            Mention m = a.mentionAt(end);
            if (m != null && m.kind() == ActorKind.ORGANISATION && m.from == end) {
                end = m.to;
                continue;
            }
            if (t.isCapitalized() && m == null && (words.roleModifiers.contains(t.lower()) || titleCase && !startsPerson(a, end))) {
                end++;
                continue;
            }
            boolean joins = words.and.matchesAsWritten(t) || t.is("&");
            if (titleCase && joins && end > k && end + 1 < n && a.token(end + 1).isCapitalized() && a.mentionAt(end + 1) == null
                    && !startsPerson(a, end + 1)) {
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    private boolean startsPerson(AnalysedSentence a, int i) {
        String w = a.token(i).text();
        return words.givenNames.contains(w) || words.honorifics.contains(w);
    }

    /** End of a lower-case field such as "of software engineering"; k is its first word. */
    private int field(AnalysedSentence a, int k) {
        int end = k;
        while (end < a.size()) {
            Token t = a.token(end);
            String p = a.pos(end);
            if (!t.isWord() || t.isCapitalized() || a.mentionAt(end) != null) {
                break;
            }
            if (!(p.equals("NOUN") || p.equals("ADJ") || p.equals("PROPN") || (p.equals("ADV") && words.adverbsInTitles.matchesAsWritten(t)))) {
                break;
            }
            end++;
        }
        return end;
    }
}
