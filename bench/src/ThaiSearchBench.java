import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import th.localnews.feed.search.SearchDocument;
import th.localnews.feed.search.SearchPage;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * P5: drives ThaiSearchIndex directly. Generates N Thai stories by recombining the titles, summaries and body
 * paragraphs of the hand-written test corpus (seeded, so every run indexes the same stories), indexes them,
 * then times single-threaded first-page searches of the judged query set. Prints one JSON object on stdout.
 *
 * args: corpusDir stories warmupQueries measuredQueries limit
 */
public class ThaiSearchBench {

    public static void main(String[] args) throws IOException {
        Path corpusDir = Path.of(args[0]);
        int stories = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        List<Map<String, String>> seeds = readCorpus(corpusDir);
        List<String> queries = readQueries(corpusDir.resolve("queries.tsv"));
        List<SearchDocument> docs = generate(seeds, stories, new SplittableRandom(42));

        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        try (ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), clock)) {
            long t0 = System.nanoTime();
            for (SearchDocument d : docs) {
                index.upsert(d);
            }
            int size = index.size(); // refreshes the searcher: the index is searchable from here
            long indexNanos = System.nanoTime() - t0;
            System.err.printf(Locale.ROOT, "indexed %d stories in %.1f s%n", size, indexNanos / 1e9);

            SplittableRandom pick = new SplittableRandom(7);
            long hits = 0;
            for (int i = 0; i < warmup; i++) {
                hits += index.search(queries.get(pick.nextInt(queries.size())), limit, null).hits().size();
            }
            long[] nanos = new long[measured];
            long totalHits = 0;
            long m0 = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                String q = queries.get(pick.nextInt(queries.size()));
                long s = System.nanoTime();
                SearchPage page = index.search(q, limit, null);
                nanos[i] = System.nanoTime() - s;
                totalHits += page.totalHits();
                hits += page.hits().size();
            }
            long measuredNanos = System.nanoTime() - m0;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "{\"stories\":%d,\"index_seconds\":%.2f,\"index_docs_per_s\":%.0f,\"queries_distinct\":%d,"
                            + "\"limit\":%d,\"warmup\":%d,\"measured\":%d,\"qps_single_thread\":%.0f,"
                            + "\"mean_total_hits\":%.0f,\"latency_ms\":{\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,"
                            + "\"p999\":%.3f,\"max\":%.3f},\"heap_used_mb\":%d,\"checksum\":%d}%n",
                    size, indexNanos / 1e9, size / (indexNanos / 1e9), queries.size(), limit, warmup, measured,
                    measured / (measuredNanos / 1e9), (double) totalHits / measured,
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), ms(nanos, 0.999), nanos[measured - 1] / 1e6,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, hits);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static List<SearchDocument> generate(List<Map<String, String>> seeds, int n, SplittableRandom r) {
        List<String> paragraphs = new ArrayList<>();
        for (Map<String, String> s : seeds) {
            for (String p : s.getOrDefault("body", "").split("</p>")) {
                if (!p.isBlank()) {
                    paragraphs.add(p + "</p>");
                }
            }
        }
        Instant newest = Instant.parse("2025-12-31T00:00:00Z");
        List<SearchDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> a = seeds.get(r.nextInt(seeds.size()));
            Map<String, String> b = seeds.get(r.nextInt(seeds.size()));
            StringBuilder body = new StringBuilder();
            int count = 2 + r.nextInt(4);
            for (int p = 0; p < count; p++) {
                body.append(paragraphs.get(r.nextInt(paragraphs.size())));
            }
            docs.add(new SearchDocument("g" + i, a.get("title"), b.get("summary"), body.toString(), a.get("section"),
                    list(a.get("tags")), list(b.get("provinces")), list(a.get("units")),
                    newest.minus(Duration.ofMinutes(r.nextInt(3 * 365 * 24 * 60)))));
        }
        return docs;
    }

    private static List<Map<String, String>> readCorpus(Path dir) throws IOException {
        List<Map<String, String>> stories = new ArrayList<>();
        for (String file : List.of("corpus-1.txt", "corpus-2.txt", "corpus-3.txt")) {
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(dir.resolve(file))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("id:") && !fields.isEmpty()) {
                    stories.add(fields);
                    fields = new HashMap<>();
                }
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            if (!fields.isEmpty()) {
                stories.add(fields);
            }
        }
        return stories;
    }

    private static List<String> readQueries(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0]).toList();
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
