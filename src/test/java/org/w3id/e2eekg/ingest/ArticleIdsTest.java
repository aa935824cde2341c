package org.w3id.e2eekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Article ids: stable for plain names, distinct where names differ in what a slug loses. */
class ArticleIdsTest {

    @Test
    void plainNamesAreTheirOwnIdsSoPublishedIrisStayStable() {
        assertEquals("000-4633c21910299fa8", ArticleIds.of("000_4633c21910299fa8.txt"));
        assertEquals("dev-01-facebook-backdoor-refusal", ArticleIds.of("dev-01-facebook-backdoor-refusal.txt"));
    }

    @Test
    void namesThatOnlyASlugWouldMergeGetDistinctIds() {
        String spaced = ArticleIds.of("Dev One.txt");
        String underscored = ArticleIds.of("dev_one.txt");
        assertNotEquals(spaced, underscored);
        assertTrue(spaced.matches("dev-one-[0-9a-f]{8}"), spaced);
        assertEquals("dev-one", underscored);
    }

    @Test
    void namesWithoutLatinLettersGetDistinctIds() {
        String japan = ArticleIds.of("日本.txt");
        String china = ArticleIds.of("中国.txt");
        assertNotEquals(japan, china);
        assertTrue(japan.matches("article-[0-9a-f]{8}"), japan);
        assertTrue(ArticleIds.of("Café crème.txt").matches("cafe-creme-[0-9a-f]{8}"), ArticleIds.of("Café crème.txt"));
    }

    @Test
    void theExtensionIsNotPartOfTheId() {
        assertEquals(ArticleIds.of("page.txt"), ArticleIds.of("page.html"));
        assertEquals(ArticleIds.of("My Page.txt"), ArticleIds.of("My Page.html"));
    }

    @Test
    void theSameNameAlwaysGivesTheSameIdAndEveryIdIsIriSafe() {
        for (String name : new String[] {"Dev One.txt", "日本.txt", "a b/c?.txt", ".hidden", "x", "ÄÖÜ ß.html"}) {
            String id = ArticleIds.of(name);
            assertEquals(id, ArticleIds.of(name));
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), name + " -> " + id);
        }
    }
}
