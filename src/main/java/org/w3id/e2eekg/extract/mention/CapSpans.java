package org.w3id.e2eekg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.w3id.e2eekg.extract.lexicon.PhraseMatcher;
import org.w3id.e2eekg.extract.text.Token;

/**
 * Runs of capitalised words that may form one name, with the small words English names
 * hold inside them: "of", "for", "on", "the" and "to" between capitals ("Society for
 * the Protection of Wild Birds"), "&" and, after such a word, "and" when two
 * capitals follow ("Fund for Birds and Small Mammals"), an initial with its full stop ("John
 * Q. Smith"), and a comma list inside a name that begins with an organisation word
 * ("Department for Trade, Harbours and Fisheries").
 */
final class CapSpans {
    /** Separators of page lines, by code point: single right angle quotation mark, bar, right guillemet, bullet, middle dot. */
    private static final java.util.Set<Integer> SEPARATORS = java.util.Set.of(0x203A, 0x7C, 0xBB, 0x2022, 0xB7);

    private CapSpans() {}

    /**
     * @param blocked tokens that may not be part of a run (already claimed)
     * @return [from, to) pairs of token positions
     */
    static List<int[]> find(AnalysedSentence a, Words words, IntPredicate blocked) {
        List<int[]> out = new ArrayList<>();
        int n = a.size();
        int i = 0;
        while (i < n) {
            if (blocked.test(i) || !isCap(a.token(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            boolean prep = false;
            boolean orgLead = words.orgLeads.contains(a.token(i).text());
            while (to < n && !blocked.test(to) && !columnGap(a.token(to - 1), a.token(to))) {
                Token t = a.token(to);
                if (isCap(t)) {
                    to++;
                    continue;
                }
                if (t.is(".") && a.token(to - 1).isInitial() && to + 1 < n && isCap(a.token(to + 1))) {
                    to++;
                    continue;
                }
                if (words.namePrepositions.matches(t) && personSoFar(a, words, from, to)) {
                    break; // "Paul Tang of the Socialists", "Bart Preneel of KU Leuven": a person, then where they are from
                }
                int skip = connector(a, words, to, prep, orgLead, blocked);
                if (skip > 0) {
                    if (words.namePrepositions.matches(t)) {
                        prep = true;
                    }
                    to += skip;
                    continue;
                }
                break;
            }
            out.add(new int[] {from, to});
            i = to;
        }
        return out;
    }

    /** A known given name and one or two more capitalised words: a person's name, which no preposition continues. */
    private static boolean personSoFar(AnalysedSentence a, Words words, int from, int to) {
        return to - from >= 2 && to - from <= 3 && words.givenNames.contains(a.token(from).text());
    }

    /** the fewest capitalised words of a quoted title, and the most tokens one may run to */
    private static final int TITLE_WORDS = 3;
    private static final int TITLE_TOKENS = 16;

    /**
     * The tokens of titles in double quotation marks: a quoted run of at least three
     * capitalised words, with only function words and punctuation between them, names a work
     * (the "Harbour Statement: Encryption and Child Safety Online"), not the
     * organisations its words would otherwise make; so does a quoted title and subtitle in
     * sentence case, each opening with a capital after a colon ("International statement:
     * End-to-end encryption and public safety"), and a capitalised slogan that opens with a verb
     * ("Make the Switch").
     */
    static boolean[] quotedTitles(AnalysedSentence a, Words words) {
        boolean[] title = new boolean[a.size()];
        for (int open = 0; open < a.size(); open++) {
            if (!a.token(open).isDoubleQuote()) {
                continue;
            }
            int capitalised = 0;
            boolean subtitled = false;
            int close = open + 1;
            while (close < a.size() && close - open <= TITLE_TOKENS && !a.token(close).isDoubleQuote()) {
                Token t = a.token(close);
                if (t.is(":") && close > open + 1 && close + 1 < a.size() && isCap(a.token(close + 1))) {
                    subtitled = capitalised >= 0 && isCap(a.token(open + 1));
                }
                if (isCap(t)) {
                    capitalised += capitalised >= 0 ? 1 : 0;
                } else if (t.isWord() && !words.isFunctionWord(t) || close == open + 1) {
                    capitalised = -1;
                    if (close == open + 1) {
                        break;
                    }
                }
                close++;
            }
            boolean closed = close < a.size() && a.token(close).isDoubleQuote();
            // "International statement: End-to-end encryption and public safety": a title and its
            // subtitle, each opening with a capital, in sentence case
            // "Make the Switch": a slogan opening with a verb in the imperative, its words capitalised
            boolean slogan = capitalised >= 2 && open + 1 < a.size() && a.pos(open + 1).equals("VERB");
            if (closed && (capitalised >= TITLE_WORDS || subtitled || slogan)) {
                java.util.Arrays.fill(title, open + 1, close, true);
            }
            open = Math.max(open, close - 1);
        }
        return title;
    }

    /** the most capitalised words of an organisation's name after a possessive inside the name */
    private static final int OWNED_WORDS = 4;

    /** Whether capitalised words from {@code i} end with an organisation word: "Office", "Harbour Society". */
    static boolean ownedOrganisation(AnalysedSentence a, Words words, int i, IntPredicate blocked) {
        int k = i;
        while (k < a.size() && k < i + OWNED_WORDS && !blocked.test(k) && isCap(a.token(k))) {
            k++;
        }
        return k > i && words.orgHeadClass(a.token(k - 1).text()) != null;
    }

    /**
     * A possessive inside an organisation's name: a post ("Information Commissioner's
     * Office") or a group of people ("Police Chiefs' Council", "Children's Society") owns
     * the organisation word that follows. A name ("Acme's Safety Council") or a place
     * ("Ruritania's Home Office") does not: the owner is an actor of its own.
     */
    private static boolean possessorInName(AnalysedSentence a, Words words, int i) {
        Token owner = a.token(i - 1);
        if (a.token(i).is("'")) {
            return words.pluralEndings.endsOneOf(owner.text());
        }
        PhraseMatcher.Match post = words.roleHeads.at(a.tokens(), i - 1);
        return post != null && post.to() == i || words.groupNouns.matchesAsWritten(owner);
    }

    /** An organisation word earlier in the run: "Parliamentary Joint Committee on Intelligence and Security". */
    private static boolean hasOrgWord(AnalysedSentence a, Words words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token t = a.token(k);
            if (!t.isWord()) {
                return false;
            }
            if (words.orgLeads.contains(t.text()) || words.orgHeadClass(t.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two or more characters of space between two words: a page's columns or link bar
     * ("Facebook   Share on X"), never the inside of one name.
     */
    static boolean columnGap(Token before, Token after) {
        return after.start() - before.end() >= 2;
    }

    /**
     * A line of links or page furniture ("Home › World › Tech", "Facebook  X  LinkedIn
     * Email", "Privacy Policy | Terms of Use | Cookie Settings"): a heading cut by separator
     * marks or wide gaps into three or more pieces of at most three words. Its capitals name
     * nothing.
     */
    static boolean isLinkLine(AnalysedSentence a) {
        if (!a.sentence().heading()) {
            return false;
        }
        int pieces = 0;
        int words = 0;
        for (int i = 0; i < a.size(); i++) {
            Token t = a.token(i);
            boolean cut = isSeparator(t) || i > 0 && columnGap(a.token(i - 1), t);
            if (cut && words > 0) {
                pieces++;
                words = 0;
            }
            if (t.isWord() && ++words > 3) {
                return false;
            }
        }
        return pieces + (words > 0 ? 1 : 0) >= 3;
    }

    /** A mark after which a capital may only begin a clause or a quotation: a semicolon, a single quotation mark. */
    private static boolean opensClause(Token t) {
        return t.is(";") || t.is("'") || t.is("\u2018");
    }

    /**
     * Whether a word after this token starts anew, as at the start of a sentence: after a
     * semicolon or single quotation mark, a separator of a page line, or a column gap.
     */
    static boolean afterBreak(Token before, Token word) {
        return opensClause(before) || isSeparator(before) || columnGap(before, word);
    }

    /** A mark that separates the items of a page line: a chevron, a bar, a bullet. */
    private static boolean isSeparator(Token t) {
        return t.text().length() == 1 && SEPARATORS.contains((int) t.text().charAt(0));
    }

    static boolean isCap(Token t) {
        return t.isWord() && (t.isCapitalized() || t.isAcronym()) && !t.isPossessive();
    }

    /** How many tokens a connector at {@code i} takes up, if the run may go on through it; else 0. */
    private static int connector(AnalysedSentence a, Words words, int i, boolean prep, boolean orgLead, IntPredicate blocked) {
        int n = a.size();
        Token t = a.token(i);
        String w = t.text();
        if (words.namePrepositions.matchesAsWritten(t) || (words.to.matchesAsWritten(t) && prep)
                || words.nameParticles.contains(w)) {
            // "the Senate on Thursday": a date is never inside a name
            if (i + 1 < n && !blocked.test(i + 1) && isCap(a.token(i + 1)) && !words.isMonthOrDay(a.token(i + 1))) {
                return 1;
            }
            // "Anna von der Berg": particles in a row before the capital
            int k = i;
            while (k < n && words.nameParticles.contains(a.token(k).text()) && k < i + 3) {
                k++;
            }
            if (k > i + 1 && k < n && !blocked.test(k) && isCap(a.token(k))) {
                return k - i;
            }
            if (words.namePrepositionsBeforeArticle.matchesAsWritten(t) && i + 2 < n
                    && words.articles.matchesAsWritten(a.token(i + 1))
                    && !blocked.test(i + 2) && isCap(a.token(i + 2))) {
                return 2;
            }
            return 0;
        }
        if (w.equals("&") && i + 1 < n && !blocked.test(i + 1) && isCap(a.token(i + 1))) {
            return 1;
        }
        if (t.isPossessive() && ownedOrganisation(a, words, i + 1, blocked) && possessorInName(a, words, i)) {
            return 1;
        }
        if (words.and.matchesAsWritten(t) && (prep || orgLead) && i + 1 < n && !blocked.test(i + 1) && isCap(a.token(i + 1))) {
            boolean longer = i + 2 < n && isCap(a.token(i + 2));
            boolean closesList = (orgLead || hasOrgWord(a, words, i)) && prep && (i + 2 >= n || !isCap(a.token(i + 2)));
            return longer || closesList ? 1 : 0;
        }
        if (w.equals(",") && orgLead && prep) {
            for (int k = i + 1; k + 1 < n && k < i + 8; k += 2) {
                if (!isCap(a.token(k)) || blocked.test(k)) {
                    return 0;
                }
                if (words.and.matchesAsWritten(a.token(k + 1))) {
                    return 1;
                }
                if (!a.token(k + 1).is(",")) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
