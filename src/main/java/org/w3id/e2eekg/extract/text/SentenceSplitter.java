package org.w3id.e2eekg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an article body into paragraphs (lines) and sentences.
 *
 * <p>A sentence ends at {@code . ! ?} (and any closing quote after it) when the next token
 * starts a new sentence, unless the full stop belongs to an abbreviation or an initial; at
 * the end of a line; and at a colon followed by a capitalised word, which is how scraped
 * pages run a subhead into its paragraph ("The regulator wants answers: The regulator
 * told..."). A line without terminal punctuation is a heading. A sentence longer than
 * {@link #MAX_SENTENCE_TOKENS} tokens is cut into pieces, so that the work of tagging and
 * reading it stays bounded.
 */
public final class SentenceSplitter {
    /**
     * The longest sentence passed on, in tokens; longer runs (a page of text without full
     * stops) are cut. Three times the longest sentence of the test articles.
     */
    public static final int MAX_SENTENCE_TOKENS = 200;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2013\u2014-]");

    private final Set<String> abbreviations;
    private final Set<String> capitalisedWords;
    private final Tokenizer tokenizer;

    /**
     * @param abbreviations    words that a full stop follows without ending a sentence (Jr, Dr, Inc)
     * @param capitalisedWords words written with a capital wherever they stand ("I"), which start no subhead's sentence
     * @param tokenizer        the tokenizer of the lexicon
     */
    public SentenceSplitter(Set<String> abbreviations, Set<String> capitalisedWords, Tokenizer tokenizer) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.capitalisedWords = Set.copyOf(capitalisedWords);
        this.tokenizer = tokenizer;
    }

    public TextDocument split(String text, int bodyStart) {
        List<Token> all = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = bodyStart;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Token> line = reindex(tokenizer.tokenize(text, lineStart, lineEnd), all.size());
            if (!line.isEmpty()) {
                all.addAll(line);
                splitLine(line, paragraph, sentences);
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new TextDocument(text, List.copyOf(all), List.copyOf(sentences));
    }

    private static List<Token> reindex(List<Token> tokens, int offset) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Token(t.index() + offset, t.text(), t.start(), t.end(), t.type()));
        }
        return out;
    }

    private void splitLine(List<Token> line, int paragraph, List<Sentence> out) {
        int from = datelineEnd(line);
        int firstOfLine = out.size();
        for (int i = 0; i < line.size(); i++) {
            int end = boundaryAfter(line, from, i);
            if (end > 0) {
                add(line, from, end, paragraph, out);
                from = end;
                i = end - 1;
            }
        }
        if (from < line.size()) {
            add(line, from, line.size(), paragraph, out);
        }
        // a one-sentence line that does not end like a sentence is a heading
        if (out.size() == firstOfLine + 1) {
            Sentence s = out.get(firstOfLine);
            String last = s.tokens().get(s.size() - 1).text();
            if (!last.matches("[.!?\"\u201d)]") && s.size() > 0) {
                out.set(firstOfLine, new Sentence(s.index(), s.paragraph(), s.start(), s.end(), s.tokens(), true, s.question()));
            }
        }
    }

    /**
     * The tokens of a dateline that opens a paragraph ("WASHINGTON -", "THE HAGUE (Reuters) -"):
     * where the story was filed, not part of its first sentence, and no actor in it. Returns
     * the index after the dash, or 0 when the line has no dateline.
     */
    static int datelineEnd(List<Token> line) {
        int k = 0;
        while (k < line.size() && k < 6 && (isCapsWord(line.get(k).text())
                || k > 0 && line.get(k).text().equals("/") && k + 1 < line.size() && isCapsWord(line.get(k + 1).text()))) {
            k++; // "WASHINGTON/RIVERSIDE": two places of filing
        }
        if (k == 0 || line.get(0).text().length() < 3 && k == 1) {
            return 0;
        }
        k = afterState(line, k);
        k = afterFilingDate(line, k);
        if (k + 2 < line.size() && line.get(k).text().equals("(") && line.get(k + 2).text().equals(")")) {
            k += 3;
        }
        k = afterFilingDate(line, k);
        if (k + 1 < line.size() && line.get(k).text().matches("[-–—]")) {
            return k + 1;
        }
        return 0;
    }

    /**
     * ", Calif." or ", Ontario" after the place of a dateline, when a wire service's name or the
     * dash follows; k when there is none.
     */
    private static int afterState(List<Token> line, int k) {
        if (k + 2 >= line.size() || !line.get(k).text().equals(",") || !line.get(k + 1).text().matches("\\p{Lu}\\p{Ll}+")) {
            return k;
        }
        int next = line.get(k + 2).text().equals(".") ? k + 3 : k + 2;
        return next < line.size() && line.get(next).text().matches("[(\u2013\u2014-]") ? next : k;
    }

    /** ", Oct 12" or ", 12 October" after the place of a dateline; k when there is none. */
    private static int afterFilingDate(List<Token> line, int k) {
        if (k + 3 >= line.size() || !line.get(k).text().equals(",")) {
            return k;
        }
        String a = line.get(k + 1).text();
        String b = line.get(k + 2).text();
        boolean monthDay = a.matches("\\p{Lu}\\p{Ll}{2,8}\\.?") && b.matches("\\d{1,2}");
        boolean dayMonth = a.matches("\\d{1,2}") && b.matches("\\p{Lu}\\p{Ll}{2,8}");
        return monthDay || dayMonth ? k + 3 : k;
    }

    private static boolean isCapsWord(String w) {
        return w.length() > 1 && w.matches("[A-Z][A-Z.'’]*") && !w.matches("[A-Z]\\.?");
    }

    /**
     * If a sentence that began at {@code from} ends after token i, the index after its last
     * token (closing quotes included); else 0.
     */
    private int boundaryAfter(List<Token> line, int from, int i) {
        Token t = line.get(i);
        String s = t.text();
        int next = i + 1;
        if (s.equals(".") || s.equals("!") || s.equals("?")) {
            while (next < line.size() && isClosing(line.get(next)) && !opensQuote(line, next)) {
                next++;
            }
            if (next >= line.size()) {
                return 0;
            }
            if (s.equals(".") && i > 0 && isAbbreviation(line.get(i - 1))) {
                return 0;
            }
            return startsSentence(line.get(next)) ? next : 0;
        }
        if (s.equals(":") && i >= 2 && next < line.size() && !insideDoubleQuotes(line, from, i)) {
            Token n = line.get(next);
            if (n.isWord() && n.isCapitalized() && !capitalisedWords.contains(n.text()) && !namesListed(line, next)) {
                return next;
            }
        }
        return 0;
    }

    /**
     * "signed by 15 companies: Amazon.com, Box, Cisco Systems, ...": after a colon, two names
     * of capitalised words each followed by a comma start a list, not a sentence after a run-in
     * subhead ("Berlin's verdict: On Wednesday, Federal Justice Minister X said ...").
     */
    private static boolean namesListed(List<Token> line, int first) {
        int comma = afterName(line, first);
        if (comma == first || comma >= line.size() || !line.get(comma).is(",")) {
            return false;
        }
        int next = afterName(line, comma + 1);
        return next > comma + 1 && next < line.size() && line.get(next).is(",");
    }

    /** The end of up to four capitalised words from k; k when there are none. */
    private static int afterName(List<Token> line, int k) {
        int end = k;
        while (end < line.size() && end < k + 4 && line.get(end).isWord() && line.get(end).isCapitalized()) {
            end++;
        }
        return end;
    }

    /** Whether an odd number of double quotation marks stand between from and i: a colon in a quoted title. */
    private static boolean insideDoubleQuotes(List<Token> line, int from, int i) {
        int marks = 0;
        for (int k = from; k < i; k++) {
            if (line.get(k).isDoubleQuote()) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** A straight quotation mark with a space before it and a word right after it opens a quotation. */
    private static boolean opensQuote(List<Token> line, int k) {
        Token q = line.get(k);
        if (!q.is("\"") && !q.is("'")) {
            return false;
        }
        boolean spaceBefore = k > 0 && line.get(k - 1).end() < q.start();
        boolean wordAfter = k + 1 < line.size() && line.get(k + 1).start() == q.end() && line.get(k + 1).isWord();
        return spaceBefore && wordAfter;
    }

    private boolean isAbbreviation(Token t) {
        return t.isInitial() || abbreviations.contains(t.text()) || endsWithInitial(t);
    }

    /** "R-S.C.", a party and a state: the last part of a hyphenated word is an initial. */
    private static boolean endsWithInitial(Token t) {
        String w = t.text();
        int hyphen = w.lastIndexOf('-');
        return t.isWord() && hyphen >= 0 && hyphen == w.length() - 2 && Character.isUpperCase(w.charAt(w.length() - 1));
    }

    private static boolean isClosing(Token t) {
        return t.type() == Token.Type.PUNCT && (t.is("\"") || t.is("\u201d") || t.is("'") || t.is(")"));
    }

    private static boolean startsSentence(Token t) {
        if (t.isWord()) {
            return Character.isUpperCase(t.text().charAt(0)) || t.isCapitalized();
        }
        return t.isNumber() || t.is("\"") || t.is("\u201c") || t.is("(") || t.is("-") || t.is("\u2014") || t.is("'")
                || t.type() == Token.Type.SYMBOL;
    }

    /**
     * Adds the sentence of tokens {@code from..to}, cut into pieces of at most
     * {@link #MAX_SENTENCE_TOKENS} when longer (the tagger's and the rules' work grows faster
     * than the length of a sentence); each piece ends after the last comma, semicolon, colon
     * or dash of its second half, or at the bound when there is none. Pieces are token runs,
     * so their offsets stay those of the text.
     */
    private static void add(List<Token> line, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        while (to - start > MAX_SENTENCE_TOKENS) {
            int cut = start + MAX_SENTENCE_TOKENS;
            for (int k = cut - 1; k >= start + MAX_SENTENCE_TOKENS / 2; k--) {
                if (CLAUSE_BREAK.matcher(line.get(k).text()).matches()) {
                    cut = k + 1;
                    break;
                }
            }
            addPiece(line, start, cut, paragraph, out);
            start = cut;
        }
        addPiece(line, start, to, paragraph, out);
    }

    private static void addPiece(List<Token> line, int from, int to, int paragraph, List<Sentence> out) {
        List<Token> toks = List.copyOf(line.subList(from, to));
        Token last = toks.get(toks.size() - 1);
        boolean question = last.is("?") || (toks.size() > 1 && isClosing(last) && toks.get(toks.size() - 2).is("?"));
        boolean subhead = last.is(":");
        out.add(new Sentence(out.size(), paragraph, toks.get(0).start(), last.end(), toks, subhead, question));
    }
}
