package org.w3id.e2eekg.extract.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.extract.ContextRun;
import org.w3id.e2eekg.extract.StageInput;
import org.w3id.e2eekg.extract.discourse.SentenceContext;
import org.w3id.e2eekg.fact.RoleFact;

/** The role stage: who holds which post at which organisation, from invented sentences. */
class RoleReaderTest {
    private static final RoleReader ROLES = new RoleReader(StageInput.LEXICON);

    private static List<RoleReader.Found> read(ContextRun run) {
        List<RoleReader.Found> out = new ArrayList<>();
        while (run.hasNext()) {
            SentenceContext s = run.next();
            out.addAll(ROLES.read(s, run.discourse()));
            run.remember(s);
        }
        return out;
    }

    private static RoleFact only(ContextRun run) {
        List<RoleReader.Found> found = read(run);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).fact();
    }

    @Test
    void anApposedPostGivesARoleAtTheOrganisation() {
        ContextRun run = ContextRun.of("Peter Dunmore, chief executive of Tallow Systems, said the plan was dangerous.");
        RoleFact r = only(run);
        assertSame(run.input().actor("Peter Dunmore"), r.person());
        assertEquals("chief executive", r.role());
        assertEquals("chief executive of Tallow Systems", r.title());
        assertSame(run.input().actor("Tallow Systems"), r.organisation());
        assertEquals("Peter Dunmore, chief executive of Tallow Systems, said the plan was dangerous.",
                run.input().text().substring(r.prov().evidence().start(), r.prov().evidence().end()));
    }

    @Test
    void aPostBeforeTheNameWithItsOrganisationFirst() {
        ContextRun run = ContextRun.of("Tallow Systems chief executive Peter Dunmore said nothing.");
        RoleFact r = only(run);
        assertSame(run.input().actor("Peter Dunmore"), r.person());
        assertEquals("chief executive", r.role());
        assertSame(run.input().actor("Tallow Systems"), r.organisation());
    }

    @Test
    void anOfficeTitleBeforeAName() {
        ContextRun run = ContextRun.of("Home Secretary Priti Patel wrote to the company.");
        RoleFact r = only(run);
        assertSame(run.input().actor("Priti Patel"), r.person());
        assertEquals("Home Secretary", r.role());
        assertNull(r.organisation());
    }

    @Test
    void theDirectorOfAnOrganisationInApposition() {
        ContextRun run = ContextRun.of("Laura Finch, the director of the Kestrel Privacy Foundation, spoke on Monday.");
        RoleFact r = only(run);
        assertSame(run.input().actor("Laura Finch"), r.person());
        assertEquals("director", r.role());
        assertSame(run.input().actor("Kestrel Privacy Foundation"), r.organisation());
    }

    @Test
    void noTitleNoRole() {
        assertEquals(List.of(), read(ContextRun.of("Peter Dunmore, who runs a bakery, said nothing.")));
        assertEquals(List.of(), read(ContextRun.of("The chief executive of Tallow Systems said nothing.")));
    }
}
