package org.w3id.e2eekg.ingest;

import java.util.Arrays;

/**
 * Converts char offsets of a text to code point offsets from a fixed start, in logarithmic
 * time: it keeps, sorted, the positions of the surrogate pairs after the start (one pair is
 * two chars but one code point), so the conversion is the distance in chars less the pairs
 * wholly before the offset. Built once per article in one pass; most articles have no pair
 * at all, and then the index is an empty array.
 *
 * <p>Agrees with {@link String#codePointCount}: an offset between the two halves of a pair
 * counts the lone high surrogate as one code point.
 */
final class CodePointIndex {
    private static final int[] NONE = new int[0];

    private final int start;
    private final int[] pairStarts;

    private CodePointIndex(int start, int[] pairStarts) {
        this.start = start;
        this.pairStarts = pairStarts;
    }

    /** The index of {@code text} counted from char offset {@code start}. */
    static CodePointIndex of(String text, int start) {
        int[] pairs = NONE;
        int n = 0;
        for (int i = start; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(8, n * 2));
                }
                pairs[n++] = i;
                i++;
            }
        }
        return new CodePointIndex(start, n == pairs.length ? pairs : Arrays.copyOf(pairs, n));
    }

    /** The number of code points between the start and char offset {@code offset}. */
    int codePointsBefore(int offset) {
        // pairs starting at or before offset - 2 lie wholly before offset
        int found = Arrays.binarySearch(pairStarts, offset - 1);
        int whole = found >= 0 ? found : -found - 1;
        return offset - start - whole;
    }
}
