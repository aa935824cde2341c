package org.w3id.e2eekg.extract.text;

import java.util.Locale;

/**
 * A token of the article text.
 *
 * @param index position in the document's token list
 * @param text  the characters as written, with typographic apostrophes made plain
 * @param start char offset of the first character in the article text
 * @param end   char offset after the last character
 * @param type  word, number, punctuation or symbol
 */
public record Token(int index, String text, int start, int end, Type type) {

    /** Coarse token classes. */
    public enum Type { WORD, NUMBER, PUNCT, SYMBOL }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** A double quotation mark: straight, left or right. */
    public boolean isDoubleQuote() {
        return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d");
    }

    public boolean isLower(String s) {
        return text.equalsIgnoreCase(s);
    }

    /** Starts with an upper-case letter, or is a camel-case brand such as iCloud. */
    public boolean isCapitalized() {
        if (type != Type.WORD || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (Character.isUpperCase(c)) {
            return true;
        }
        return text.length() > 1 && Character.isLowerCase(c) && Character.isUpperCase(text.charAt(1));
    }

    /** Two or more letters, all upper case (digits allowed): NCMEC, E2EE, FT. */
    public boolean isAcronym() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c) && c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** An abbreviation written in brackets after a name: two or more capitals, lower-case letters allowed (MeitY, DfE). */
    public boolean isAbbreviationLike() {
        if (type != Type.WORD || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** A single upper-case letter such as the K of "Kevin K. McAleenan". */
    public boolean isInitial() {
        return type == Type.WORD && text.length() == 1 && Character.isUpperCase(text.charAt(0));
    }

    /** The possessive clitic, split off by the tokenizer. */
    public boolean isPossessive() {
        return text.equals("'s") || text.equals("'");
    }

    @Override
    public String toString() {
        return text;
    }
}
