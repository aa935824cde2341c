package org.w3id.e2eekg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pipeline of the loader: results in input order whatever the threads, a bounded window, errors passed on. */
class OrderedPipelineTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void resultsComeInTheOrderOfTheInputsAndNoMoreThanTheWindowIsInFlight(int threads) {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        int window = threads * 3;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<String> out = new ArrayList<>();
        try (OrderedPipeline<Integer, String> p = new OrderedPipeline<>(threads, window)) {
            p.run(inputs, i -> {
                mostInFlight.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
                // later items often finish first
                busy((i * 7919) % 13);
                return "item " + i;
            }, (index, input, output) -> {
                assertEquals(input, index);
                out.add(output);
                consumed.incrementAndGet();
            });
        }
        assertEquals(inputs.stream().map(i -> "item " + i).toList(), out);
        assertTrue(mostInFlight.get() <= window, "in flight at most " + window + ", was " + mostInFlight.get());
    }

    @Test
    void anErrorOfTheWorkStopsThePipelineAndReachesTheCaller() {
        List<Integer> consumed = new ArrayList<>();
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(3, 6)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(IntStream.range(0, 100).boxed().toList(),
                    i -> {
                        if (i == 10) {
                            throw new IllegalStateException("broken at 10");
                        }
                        return i;
                    }, (index, input, output) -> consumed.add(output)));
            assertEquals("broken at 10", e.getMessage());
        }
        assertEquals(IntStream.range(0, 10).boxed().toList(), consumed, "everything before the error, in order");
    }

    @Test
    void anErrorOfTheConsumerReachesTheCaller() {
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, 4)) {
            assertThrows(ArithmeticException.class, () -> p.run(IntStream.range(0, 50).boxed().toList(), i -> i,
                    (index, input, output) -> {
                        if (output == 7) {
                            throw new ArithmeticException("consumer failed");
                        }
                    }));
        }
    }

    /** Spends a little CPU, without sleeping: the test measures nothing. */
    private static void busy(int units) {
        long x = 0;
        for (int i = 0; i < units * 20_000; i++) {
            x += i % 7;
        }
        if (x == -1) {
            throw new AssertionError();
        }
    }
}
