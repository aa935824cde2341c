package org.w3id.e2eekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The offset index agrees with counting code points from the start, for every offset of many random texts. */
class CodePointIndexTest {
    /** Letters, supplementary characters (an emoji, CJK extension B), lone surrogates, line ends. */
    private static final String[] PIECES = {"a", "é", "\n", "\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDC00", " "};

    @Test
    void agreesWithCodePointCountForEveryOffset() {
        Random random = new Random(20261205);
        for (int run = 0; run < 500; run++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            int start = Math.min(random.nextInt(6), text.length());
            CodePointIndex index = CodePointIndex.of(text, start);
            for (int offset = start; offset <= text.length(); offset++) {
                assertEquals(text.codePointCount(start, offset), index.codePointsBefore(offset),
                        "offset " + offset + " of run " + run);
            }
        }
    }
}
