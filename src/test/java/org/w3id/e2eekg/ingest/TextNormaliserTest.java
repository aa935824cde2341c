package org.w3id.e2eekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What normalisation does to line ends, invisible characters and spaces. */
class TextNormaliserTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CR LF", "a\r\nb\r\n", "a\nb\n"),
                Arguments.of("lone CR", "a\rb\r\rc", "a\nb\n\nc"),
                Arguments.of("form feed, vertical tab, NEL, line separator", "a\fb\u000Bc\u0085d\u2028e", "a\nb\nc\nd\ne"),
                Arguments.of("paragraph separator", "a\u2029b", "a\n\nb"),
                Arguments.of("zero-width space and joiners", "Pri\u200Bti Pa\u200C\u200Dtel", "Priti Patel"),
                Arguments.of("bidi marks and isolates", "\u200EPriti\u200F \u2066Patel\u2069 \u202Bx\u202C", "Priti Patel x"),
                Arguments.of("soft hyphen", "Face\u00ADbook", "Facebook"),
                Arguments.of("byte order marks", "\uFEFFdate 2020-01-01\nA\uFEFFB", "date 2020-01-01\nAB"),
                Arguments.of("no-break and other spaces", "Priti\u00A0Patel\u2009said\u3000so\u202Fnow", "Priti Patel said so now"),
                Arguments.of("control characters", "a\u0007b\u001Bc\u0090d", "abcd"),
                Arguments.of("tabs stay", "a\tb", "a\tb"),
                Arguments.of("decomposed accents are composed", "Cafe\u0301", "Caf\u00e9"),
                Arguments.of("supplementary characters stay", "a\uD83D\uDE00b", "a\uD83D\uDE00b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalises(String what, String in, String expected) {
        assertEquals(expected, TextNormaliser.normalise(in));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String clean = "date 2020-02-06\nThe NSPCC said so.\n\nBarnardo\u2019s agreed.";
        assertSame(clean, TextNormaliser.normalise(clean));
    }

    @Test
    void isIdempotentAndLeavesNothingItRemoves() {
        Random random = new Random(20261205);
        for (int run = 0; run < 300; run++) {
            char[] chars = new char[random.nextInt(60)];
            for (int i = 0; i < chars.length; i++) {
                // half from the first 0x3100 code units, where the controls, spaces and marks are; half from anywhere
                chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x3100) : random.nextInt(0x10000));
            }
            checkNormalised(new String(chars));
        }
    }

    private static void checkNormalised(String text) {
        String once = TextNormaliser.normalise(text);
        assertEquals(once, TextNormaliser.normalise(once));
        once.chars().forEach(c -> {
            int type = Character.getType(c);
            boolean removed = c == '\r' || type == Character.FORMAT || type == Character.CONTROL && c != '\n' && c != '\t'
                    || type == Character.SPACE_SEPARATOR && c != ' ';
            assertEquals(false, removed, () -> "U+" + Integer.toHexString(c) + " left in " + once);
        });
    }
}
