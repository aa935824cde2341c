package org.w3id.e2eekg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The document taxonomy read from the ontology: signed, issued and letter kinds, with their subclasses. */
class DocumentKindsTest {
    private final DocumentKinds kinds = DocumentKinds.load();

    @Test
    void signedKindsAndTheirSubclasses() {
        for (String kind : new String[] {"Letter", "OpenLetter", "Petition", "PublicStatement", "Interview", "Proposal",
            "Opinion", "Vote"}) {
            assertTrue(kinds.signed(kind), kind);
            assertFalse(kinds.issued(kind), kind);
        }
    }

    @Test
    void issuedKindsAreNotSigned() {
        for (String kind : new String[] {"Announcement", "NewsReport"}) {
            assertTrue(kinds.issued(kind), kind);
            assertFalse(kinds.signed(kind), kind);
        }
    }

    @Test
    void otherKindsAreNeither() {
        for (String kind : new String[] {"Report", "Recommendation", "CourtSubmission", "Testimony", "Document", "Letterx"}) {
            assertFalse(kinds.signed(kind), kind);
            assertFalse(kinds.issued(kind), kind);
        }
    }

    @Test
    void lettersAreLetterAndItsSubclasses() {
        assertTrue(kinds.letter("Letter"));
        assertTrue(kinds.letter("OpenLetter"));
        assertFalse(kinds.letter("Petition"));
    }

    @Test
    void lettersOfAllKindsAreOneFamilyAndOtherKindsTheirOwn() {
        assertEquals(kinds.family("Letter"), kinds.family("OpenLetter"));
        assertNotEquals(kinds.family("Letter"), kinds.family("PublicStatement"));
        assertEquals("Petition", kinds.family("Petition"));
    }
}
