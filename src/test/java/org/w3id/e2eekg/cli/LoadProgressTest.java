package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What {@code load} reports as it goes, driven by a clock the test moves (no real time is measured). */
class LoadProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLongLoadSaysHowFarHowFastAndWhenItEnds() {
        StringWriter out = new StringWriter();
        AtomicLong clock = new AtomicLong(0);
        LoadProgress progress = new LoadProgress(new PrintWriter(out), 10_000, clock::get);
        clock.set(5 * SECOND);
        progress.processed(100, 10_000, "a.txt");
        clock.set(11 * SECOND);
        progress.processed(200, 10_000, "b.txt");
        clock.set(12 * SECOND);
        progress.processed(210, 10_000, "c.txt");
        clock.set(25 * SECOND);
        progress.processed(500, 10_000, "d.txt");
        assertEquals(List.of("progress: 200 of 10000 articles, 18.2 articles/s, ETA 8m59s",
                "progress: 500 of 10000 articles, 20.0 articles/s, ETA 7m55s"), out.toString().lines().toList());
    }

    @Test
    void aShortLoadListsItsFiles() {
        StringWriter out = new StringWriter();
        LoadProgress progress = new LoadProgress(new PrintWriter(out), 3, () -> 0);
        progress.processed(1, 3, "a.txt");
        progress.processed(2, 3, "b.txt");
        assertEquals(List.of("[1/3] a.txt", "[2/3] b.txt"), out.toString().lines().toList());
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertEquals("42s", LoadProgress.duration(42));
        assertEquals("3m07s", LoadProgress.duration(187));
        assertEquals("2h05m", LoadProgress.duration(7500));
        assertEquals("progress: 0 of 5 articles, 0.0 articles/s, ETA unknown", LoadProgress.status(0, 5, 0));
    }
}
