package org.w3id.e2eekg.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.ContextRun;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.DocumentFact;
import org.w3id.e2eekg.fact.DocumentFact.Role;

/** The document stage on invented texts, read sentence by sentence as the extractor reads them. */
class DocumentReaderTest {
    private static final DocumentReader DOCUMENTS = new DocumentReader(StageInput.LEXICON, ContextRun.POLARITY, ContextRun.KINDS);

    private record Read(ContextRun run, List<DocumentFact> documents) {
        Actor actor(String name) {
            return run.input().actor(name);
        }

        DocumentFact only() {
            assertEquals(1, documents.size(), documents.toString());
            return documents.get(0);
        }
    }

    private static Read read(String text) {
        ContextRun run = ContextRun.of(text);
        DocumentMemory memory = new DocumentMemory();
        while (run.hasNext()) {
            SentenceContext s = run.next();
            run.remember(DOCUMENTS.read(s, run.discourse(), memory).sentence());
        }
        return new Read(run, run.discourse().documents().stream().map(DocumentFact.Builder::build).toList());
    }

    @Test
    void aLetterWithSignatoriesAnAddresseeAndADate() {
        Read r = read("On 4 October 2023, Laura Finch and Peter Dunmore wrote a letter to Meta urging it to delay "
                + "its plans for end-to-end encryption.");
        DocumentFact letter = r.only();
        assertEquals("Letter", letter.type());
        assertEquals("2023-10-04", letter.date().iso());
        assertEquals(List.of(r.actor("Laura Finch"), r.actor("Peter Dunmore")), letter.signatories());
        assertEquals(List.of(r.actor("Meta")), letter.actors(Role.ADDRESSEE));
    }

    @Test
    void writingToSomeoneOnADayIsALetter() {
        Read r = read("Laura Finch wrote to Apple on 2 May 2023.");
        DocumentFact letter = r.only();
        assertEquals("Letter", letter.type());
        assertEquals("2023-05-02", letter.date().iso());
        assertEquals(List.of(r.actor("Laura Finch")), letter.signatories());
        assertEquals(List.of(r.actor("Apple")), letter.actors(Role.ADDRESSEE));
    }

    @Test
    void signatoriesInTheNextSentenceJoinTheLetter() {
        Read r = read("Campaigners sent an open letter to Meta on 2 May 2023. It was signed by Laura Finch and Peter Dunmore.");
        DocumentFact letter = r.only();
        assertEquals("OpenLetter", letter.type());
        assertEquals("2023-05-02", letter.date().iso());
        assertEquals(List.of(r.actor("Laura Finch"), r.actor("Peter Dunmore")), letter.signatories());
        assertEquals(List.of(r.actor("Meta")), letter.actors(Role.ADDRESSEE));
    }

    @Test
    void theLetterInTheNextSentenceAddsToTheSignatories() {
        Read r = read("The Kestrel Privacy Foundation sent an open letter to Meta on 2 May 2023. "
                + "The letter was signed by Laura Finch and Peter Dunmore.");
        assertEquals(List.of(r.actor("Kestrel Privacy Foundation"), r.actor("Laura Finch"), r.actor("Peter Dunmore")),
                r.only().signatories());
    }

    @Test
    void aDatedSayingIsAStatementAndAnUndatedOneIsNot() {
        Read dated = read("Laura Finch said on Tuesday that she liked the weather.");
        assertEquals("PublicStatement", dated.only().type());
        assertEquals("2024-03-12", dated.only().date().iso());
        assertEquals(List.of(dated.actor("Laura Finch")),
                dated.only().participations().stream().map(DocumentFact.Participation::actor).toList());
        assertEquals(List.of(), read("Laura Finch said that she liked the weather.").documents());
    }

    @Test
    void aQuestionMakesNoDocument() {
        assertEquals(List.of(), read("Did Laura Finch write to Apple on 2 May 2023?").documents());
    }

    @Test
    void theResultCarriesTheDocumentInTheClauseSubject() {
        ContextRun run = ContextRun.of("Laura Finch wrote to Apple on 2 May 2023.");
        DocumentReader.Result result = DOCUMENTS.read(run.next(), run.discourse(), new DocumentMemory());
        SentenceContext s = result.sentence();
        assertEquals(run.discourse().documents().get(0), s.agent(s.root()).document());
        assertNull(result.newsReport());
    }
}
