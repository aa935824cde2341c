package org.w3id.e2eekg.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over a list on worker threads and hands the results, in the list's order,
 * to a consumer on the calling thread: the workers extract articles while the caller writes
 * the ones before them, and the output is the same whatever the number of threads. At most
 * {@code window} items are in flight (started and not yet consumed), so memory is bounded
 * by the window, not by the length of the list; a slow consumer holds the workers back.
 *
 * <p>Even with one thread the work runs on a worker, so that it overlaps the consumer.
 * The function must be safe to call from several threads at once when there is more than
 * one. An error thrown by the function (not a result it returns) stops the pipeline and is
 * thrown to the caller, as is anything the consumer throws; the work still in flight is
 * cancelled.
 *
 * <p>Trade-off: results are consumed strictly in order, so one slow item holds back the
 * consumption of the ones after it (up to the window); in exchange, the consumer needs no
 * reordering and the output is deterministic.
 */
final class OrderedPipeline<I, O> implements AutoCloseable {
    /** Receives results in order. */
    interface Consumer<I, O> {
        void accept(int index, I input, O output);
    }

    private final ExecutorService workers;
    private final int window;

    /**
     * @param threads the number of worker threads, at least 1
     * @param window  how many items may be in flight at once, at least {@code threads}
     */
    OrderedPipeline(int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "e2ee-kg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = window;
    }

    /** Runs {@code work} over {@code inputs}, giving each result to {@code consumer} in the order of {@code inputs}. */
    void run(List<I> inputs, Function<I, O> work, Consumer<I, O> consumer) {
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            for (int done = 0; done < inputs.size(); done++) {
                while (next < inputs.size() && inFlight.size() < window) {
                    I input = inputs.get(next++);
                    inFlight.add(workers.submit(() -> work.apply(input)));
                }
                consumer.accept(done, inputs.get(done), await(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <O> O await(Future<O> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
