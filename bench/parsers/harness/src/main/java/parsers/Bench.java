package parsers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark driver. Usage: {@code java -jar X-shaded.jar MODE --parser NAME [options]}.
 * Modes: quality, speed, memory, threads, labels. Each prints one "RESULT ..." line that
 * run.sh collects.
 */
public final class Bench {

    private final Map<String, String> opts = new HashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MODE --parser NAME [--set FILE] [--articles DIR] [--out DIR] [--n N] [--tags own|opennlp]");
            System.exit(2);
        }
        Bench b = new Bench();
        for (int i = 1; i + 1 < args.length; i += 2) {
            b.opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "quality" -> b.quality();
            case "speed" -> b.speed();
            case "memory" -> b.memory();
            case "threads" -> b.threads();
            case "labels" -> b.labels();
            case "dump" -> b.dump();
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
        // Some libraries leave non-daemon threads behind; the result is printed, so stop here.
        System.exit(0);
    }

    private String opt(String key, String dflt) {
        return opts.getOrDefault(key, dflt);
    }

    private ParserAdapter adapter() {
        String name = opt("parser", null);
        List<String> names = new ArrayList<>();
        for (ParserAdapter a : ServiceLoader.load(ParserAdapter.class)) {
            if (a.name().equals(name)) {
                return a;
            }
            names.add(a.name());
        }
        throw new IllegalArgumentException("no parser '" + name + "' in this jar; have " + names);
    }

    private static long loadTimed(ParserAdapter a) throws Exception {
        long t0 = System.nanoTime();
        a.load();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private List<TestSet.Item> testSet() throws IOException {
        return TestSet.read(Path.of(opt("set", "testset/relations.txt")));
    }

    private List<List<String>> articles() throws IOException {
        return Articles.sentences(Path.of(opt("articles", "../../src/test/resources/articles")));
    }

    // ------------------------------------------------------------------ quality

    private void quality() throws Exception {
        ParserAdapter a = adapter();
        String tagsMode = opt("tags", "own");
        OpenNlpTags onlp = tagsMode.equals("opennlp") ? new OpenNlpTags() : null;
        long loadMs = loadTimed(a);
        List<TestSet.Item> items = testSet();
        Path out = Path.of(opt("out", "results"));
        Files.createDirectories(out);
        String tag = a.name() + (onlp != null ? "+opennlp-tags" : "");
        Map<String, int[]> perType = new TreeMap<>();
        Map<String, int[]> perSource = new TreeMap<>();
        int ok = 0;
        int total = 0;
        int sentencesAllRight = 0;
        try (PrintWriter detail = new PrintWriter(Files.newBufferedWriter(out.resolve(tag + "-relations.tsv"), StandardCharsets.UTF_8));
             PrintWriter conll = new PrintWriter(Files.newBufferedWriter(out.resolve(tag + "-parses.conll"), StandardCharsets.UTF_8))) {
            detail.println("id\ttype\trelation\tok\tparser_reading");
            for (TestSet.Item item : items) {
                Parse p = onlp == null ? a.parse(item.words()) : a.parseTagged(item.words(), onlp.tag(item.words()));
                if (p == null) {
                    throw new IllegalStateException(a.name() + " cannot take given tags");
                }
                conll.println("# id: " + item.id());
                conll.println("# text: " + TestSet.render(item.words()));
                conll.println(p.conll());
                Scorer scorer = new Scorer(p, a.scheme());
                boolean all = true;
                String src = item.source() == null ? "own" : item.source().startsWith("own") ? "own" : "articles";
                for (TestSet.Gold g : item.gold()) {
                    boolean hit = scorer.matches(g);
                    String fam = Scorer.family(g.type());
                    perType.computeIfAbsent(fam, k -> new int[2])[hit ? 0 : 1]++;
                    perSource.computeIfAbsent(src, k -> new int[2])[hit ? 0 : 1]++;
                    total++;
                    if (hit) {
                        ok++;
                    } else {
                        all = false;
                    }
                    detail.println(item.id() + "\t" + g.type() + "\t" + g.text() + "\t" + (hit ? 1 : 0) + "\t" + (hit ? "" : scorer.describe(g)));
                }
                if (all) {
                    sentencesAllRight++;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "RESULT quality parser=%s tags=%s sentences=%d relations=%d correct=%d accuracy=%.3f sentences_all_right=%d load_ms=%d",
                a.name(), tagsMode, items.size(), total, ok, ok / (double) total, sentencesAllRight, loadMs));
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, " %s=%d/%d", e.getKey(), c[0], c[0] + c[1]));
        }
        for (Map.Entry<String, int[]> e : perSource.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, " source_%s=%d/%d", e.getKey(), c[0], c[0] + c[1]));
        }
        System.out.println(sb);
    }

    // ------------------------------------------------------------------ speed

    private void speed() throws Exception {
        ParserAdapter a = adapter();
        int n = Integer.parseInt(opt("n", "2000"));
        int warm = Integer.parseInt(opt("warmup", "600"));
        List<List<String>> base = articles();
        long loadMs = loadTimed(a);
        List<List<String>> warmup = Articles.repeated(base, warm);
        for (List<String> s : warmup) {
            a.parse(s);
        }
        List<List<String>> run = Articles.repeated(base, n);
        long tokens = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (List<String> s : run) {
            tokens += a.parse(s).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT speed parser=%s load_ms=%d distinct_sentences=%d sentences=%d tokens=%d seconds=%.2f cpu_seconds=%.2f sent_per_s=%.1f sent_per_cpu_s=%.1f tok_per_s=%.0f%n",
                a.name(), loadMs, base.size(), n, tokens, secs, cpuSecs, n / secs, n / cpuSecs, tokens / secs);
    }

    // ------------------------------------------------------------------ memory

    private void memory() throws Exception {
        ParserAdapter a = adapter();
        long loadMs = loadTimed(a);
        long afterLoad = usedAfterGc();
        for (TestSet.Item item : testSet()) {
            a.parse(item.words());
        }
        List<List<String>> base = articles();
        for (List<String> s : base) {
            a.parse(s);
        }
        long afterParse = usedAfterGc();
        System.out.printf(Locale.ROOT, "RESULT memory parser=%s load_ms=%d heap_after_load_mb=%d heap_after_parse_mb=%d max_heap_mb=%d%n",
                a.name(), loadMs, afterLoad >> 20, afterParse >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ------------------------------------------------------------------ threads

    private void threads() throws Exception {
        ParserAdapter a = adapter();
        long loadMs = loadTimed(a);
        List<List<String>> sentences = new ArrayList<>();
        for (TestSet.Item item : testSet()) {
            sentences.add(item.words());
        }
        sentences.addAll(articles());
        List<String> reference = new ArrayList<>();
        for (List<String> s : sentences) {
            reference.add(a.parse(s).conll());
        }
        int threads = Integer.parseInt(opt("threads", "2"));
        int rounds = Integer.parseInt(opt("rounds", "5"));
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger exceptions = new AtomicInteger();
        AtomicInteger parsed = new AtomicInteger();
        List<String> firstProblem = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int offset = t * 7;
            futures.add(pool.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < sentences.size(); k++) {
                        int i = (k + offset) % sentences.size();
                        try {
                            String got = a.parse(sentences.get(i)).conll();
                            if (!got.equals(reference.get(i))) {
                                mismatches.incrementAndGet();
                                synchronized (firstProblem) {
                                    if (firstProblem.isEmpty()) {
                                        firstProblem.add("mismatch on: " + TestSet.render(sentences.get(i)));
                                    }
                                }
                            }
                        } catch (RuntimeException | Error e) {
                            exceptions.incrementAndGet();
                            synchronized (firstProblem) {
                                if (firstProblem.isEmpty()) {
                                    firstProblem.add(e.toString());
                                }
                            }
                        }
                        parsed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        long before = usedAfterGc();
        ParserAdapter second = a.fresh();
        long secondLoadMs = loadTimed(second);
        long after = usedAfterGc();
        second.parse(sentences.get(0));
        System.out.printf(Locale.ROOT,
                "RESULT threads parser=%s threads=%d parsed=%d mismatches=%d exceptions=%d shared_sent_per_s=%.1f first_load_ms=%d second_instance_load_ms=%d second_instance_heap_mb=%d first_problem=%s%n",
                a.name(), threads, parsed.get(), mismatches.get(), exceptions.get(), parsed.get() / secs, loadMs, secondLoadMs,
                (after - before) >> 20, firstProblem.isEmpty() ? "none" : firstProblem.get(0).replace(' ', '_'));
    }

    // ------------------------------------------------------------------ dump

    /** Parses of every article sentence, to compare two configurations of one parser. */
    private void dump() throws Exception {
        ParserAdapter a = adapter();
        long loadMs = loadTimed(a);
        Path out = Path.of(opt("dump", "results/" + a.name() + "-articles.conll"));
        int n = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (List<String> s : articles()) {
                w.println(a.parse(s).conll());
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "RESULT dump parser=%s load_ms=%d sentences=%d file=%s%n", a.name(), loadMs, n, out);
    }

    // ------------------------------------------------------------------ labels

    private void labels() throws Exception {
        ParserAdapter a = adapter();
        a.load();
        Map<String, Integer> counts = new TreeMap<>();
        List<List<String>> all = new ArrayList<>(articles());
        for (TestSet.Item item : testSet()) {
            all.add(item.words());
        }
        for (List<String> s : all) {
            Parse p = a.parse(s);
            for (int i = 1; i <= p.size(); i++) {
                counts.merge(p.label(i), 1, Integer::sum);
            }
        }
        System.out.println("RESULT labels parser=" + a.name() + " " + counts);
    }
}
