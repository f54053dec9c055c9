package th.localnews.feed.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventSerializer;
import th.localnews.events.ArticleEventTopics;
import th.localnews.events.ArticlePublished;
import th.localnews.events.ArticleSnapshot;

/**
 * P5: drives ThaiSearchIndex directly. Generates N Thai stories by recombining the titles, summaries and body
 * paragraphs of the hand-written test corpus (seeded, so every run indexes the same stories), indexes them,
 * then times single-threaded first-page searches of the judged query set. Prints one JSON object on stdout.
 *
 * <p>Side by side with {@link ThaiSearchIndex#search} (the engine as shipped) it times the strategy it replaced on
 * the same index in the same JVM: every match scored through FunctionScoreQuery and sorted by score, date and id,
 * then every hit re-analysed for its marks ({@link MatchFinder}). Every {@code measured / baseline}-th query runs
 * both ways, so the two share the machine's load; the ratio is the figure to compare across runs. Times are wall
 * clock and, less disturbed by other processes on a shared machine, the thread's CPU time.
 *
 * <p>Lives in the engine's package (compiled by bench/search.sh onto the same class path) to reach the
 * package-private pieces of the old strategy.
 *
 * args: corpusDir stories warmupQueries measuredQueries limit baselineQueries
 *
 * <p>{@code -Dslowest=N} also prints, on stderr, the N queries with the highest median CPU time over the measured
 * run, each with its count and total hits: where the tail comes from.
 *
 * <p>{@code publish corpusDir kafkaBootstrap stories}: instead, writes the same generated stories to the
 * {@code article-events} topic of a running stack as imported {@code published} events (ids from
 * {@value #FIRST_PUBLISHED_ID}; imported stories alert nobody), then waits until feed-service's consumer group has
 * read them all, printing its progress (bench/search-gateway.sh, the P5 gateway figure).
 */
public class ThaiSearchBench {

    private static final Sort FULL_SORT = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchField.PUBLISHED_AT, SortField.Type.LONG, true),
            new SortField(SearchField.ID, SortField.Type.STRING));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static final long FIRST_PUBLISHED_ID = 50_000_000L;
    /** feed-service's article-log listener container's consumer group (not the service's default group id). */
    private static final String FEED_GROUP = System.getProperty("feedGroup", "article-log");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("publish")) {
            publish(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            return;
        }
        Path corpusDir = Path.of(args[0]);
        int stories = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        int baseline = Math.min(measured, Integer.parseInt(args[5]));
        List<Map<String, String>> seeds = readCorpus(corpusDir);
        List<String> queries = readQueries(corpusDir.resolve("queries.tsv"));
        List<SearchDocument> docs = generate(seeds, stories, new SplittableRandom(42));

        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Clock clock = Clock.fixed(now, java.time.ZoneOffset.UTC);
        SearchSettings settings = SearchSettings.defaults();
        try (ThaiSearchIndex index = ThaiSearchIndex.inMemory(settings, clock)) {
            long t0 = System.nanoTime();
            for (SearchDocument d : docs) {
                index.upsert(d);
            }
            int size = index.size(); // refreshes the searcher: the index is searchable from here
            long indexNanos = System.nanoTime() - t0;
            System.err.printf(Locale.ROOT, "indexed %d stories in %.1f s, %d segments%n", size, indexNanos / 1e9,
                    index.segments());
            int merge = Integer.getInteger("merge", 0);
            if (merge > 0) {
                long m = System.nanoTime();
                index.forceMerge(merge);
                System.err.printf(Locale.ROOT, "merged to %d segments in %.1f s%n", index.segments(),
                        (System.nanoTime() - m) / 1e9);
            }
            OldStrategy old = new OldStrategy(index, settings, now, limit);

            SplittableRandom pick = new SplittableRandom(7);
            long hits = 0;
            int every = baseline == 0 ? Integer.MAX_VALUE : Math.max(1, measured / baseline);
            for (int i = 0; i < warmup; i++) {
                String q = queries.get(pick.nextInt(queries.size()));
                hits += index.search(q, limit, null).hits().size();
                if (i % every == 0 && i / every < baseline / 2) {
                    hits += old.search(q);
                }
            }
            Map<String, List<Long>> cpuByQuery = new HashMap<>();
            Map<String, Long> hitsByQuery = new HashMap<>();
            Timings shipped = new Timings(measured);
            Timings replaced = new Timings(baseline);
            long totalHits = 0;
            long m0 = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                String q = queries.get(pick.nextInt(queries.size()));
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                SearchPage page = index.search(q, limit, null);
                long queryCpu = THREADS.getCurrentThreadCpuTime() - cpu;
                shipped.add(System.nanoTime() - wall, queryCpu);
                cpuByQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(queryCpu);
                hitsByQuery.put(q, page.totalHits());
                totalHits += page.totalHits();
                hits += page.hits().size();
                if (i % every == 0 && replaced.count < baseline) {
                    cpu = THREADS.getCurrentThreadCpuTime();
                    wall = System.nanoTime();
                    hits += old.search(q);
                    replaced.add(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
                }
            }
            long measuredNanos = System.nanoTime() - m0;
            printSlowest(Integer.getInteger("slowest", 0), cpuByQuery, hitsByQuery);
            System.out.printf(Locale.ROOT,
                    "{\"stories\":%d,\"index_seconds\":%.2f,\"index_docs_per_s\":%.0f,\"queries_distinct\":%d,"
                            + "\"limit\":%d,\"warmup\":%d,\"measured\":%d,\"qps_single_thread\":%.0f,"
                            + "\"mean_total_hits\":%.0f,%s,\"heap_used_mb\":%d,\"checksum\":%d,"
                            + "\"baseline\":{\"strategy\":\"FunctionScoreQuery + full sort, hits re-analysed\","
                            + "\"measured\":%d,%s},\"baseline_over_new\":%s}%n",
                    size, indexNanos / 1e9, size / (indexNanos / 1e9), queries.size(), limit, warmup, measured,
                    measured / (measuredNanos / 1e9), (double) totalHits / measured, shipped.json(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, hits,
                    replaced.count, replaced.json(), replaced.ratios(shipped));
        }
    }

    private static void printSlowest(int n, Map<String, List<Long>> cpuByQuery, Map<String, Long> hitsByQuery) {
        if (n <= 0) {
            return;
        }
        Map<String, Long> medians = new HashMap<>();
        cpuByQuery.forEach((q, times) -> medians.put(q, times.stream().sorted().toList().get(times.size() / 2)));
        System.err.println("slowest queries by median CPU (ms, count, total hits):");
        medians.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.err.printf(Locale.ROOT, "  %7.2f  %4d  %6d  %s%n", e.getValue() / 1e6,
                        cpuByQuery.get(e.getKey()).size(), hitsByQuery.get(e.getKey()), e.getKey()));
    }

    /** Wall and CPU times of a series of searches. */
    private static final class Timings {
        final long[] wall;
        final long[] cpu;
        int count;

        Timings(int capacity) {
            wall = new long[capacity];
            cpu = new long[capacity];
        }

        void add(long wallNanos, long cpuNanos) {
            wall[count] = wallNanos;
            cpu[count++] = cpuNanos;
        }

        String json() {
            if (count == 0) {
                return "\"latency_ms\":null,\"cpu_ms\":null";
            }
            return "\"latency_ms\":" + percentiles(wall) + ",\"cpu_ms\":" + percentiles(cpu);
        }

        private String percentiles(long[] series) {
            long[] sorted = Arrays.copyOf(series, count);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT,
                    "{\"mean\":%.3f,\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f}",
                    Arrays.stream(sorted).average().orElse(0) / 1e6, ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), ms(sorted, 0.999), sorted[count - 1] / 1e6);
        }

        /** This series' mean and p50 over the other's, wall and CPU. */
        String ratios(Timings other) {
            if (count == 0) {
                return "null";
            }
            return String.format(Locale.ROOT, "{\"wall_mean\":%.1f,\"wall_p50\":%.1f,\"cpu_mean\":%.1f,\"cpu_p50\":%.1f}",
                    mean(wall) / other.mean(other.wall), p50(wall) / other.p50(other.wall),
                    mean(cpu) / other.mean(other.cpu), p50(cpu) / other.p50(other.cpu));
        }

        private double mean(long[] series) {
            return Arrays.stream(series, 0, count).average().orElse(0);
        }

        private double p50(long[] series) {
            long[] sorted = Arrays.copyOf(series, count);
            Arrays.sort(sorted);
            return ms(sorted, 0.5);
        }
    }

    /** The ranking and marking the engine used before the pruning collector and term vectors, on the same index. */
    private static final class OldStrategy {
        private final ThaiSearchIndex index;
        private final SearchSettings settings;
        private final RecencyBoost recency;
        private final int limit;
        private final MatchFinder matches = new MatchFinder(SearchAnalysis.loadDefault());
        private final SnippetFormatter formatter;

        OldStrategy(ThaiSearchIndex index, SearchSettings settings, Instant now, int limit) {
            this.index = index;
            this.settings = settings;
            this.recency = new RecencyBoost(now.toEpochMilli(), settings.recencyWeight(),
                    settings.recencyHalfLife().toMillis());
            this.limit = limit;
            this.formatter = new SnippetFormatter(settings.snippetLength());
        }

        /** The characters of marked HTML rendered, so the work cannot be optimised away. */
        long search(String text) throws IOException {
            return index.inspect((searcher, queries) -> {
                AnalyzedQuery query = queries.build(QueryText.validate(text, settings.maxQueryLength()));
                if (query.isEmpty()) {
                    return 0L;
                }
                long rendered = 0;
                ScoreDoc[] top = searcher.search(FunctionScoreQuery.boostByValue(query.broad(), recency), limit,
                        FULL_SORT, true).scoreDocs;
                for (ScoreDoc hit : top) {
                    rendered += render(searcher, hit.doc, query);
                }
                return rendered;
            });
        }

        private long render(IndexSearcher searcher, int doc, AnalyzedQuery query) throws IOException {
            Document stored = searcher.storedFields().document(doc);
            String title = valueOf(stored, SearchField.TITLE);
            String summary = valueOf(stored, SearchField.SUMMARY);
            String body = valueOf(stored, SearchField.BODY);
            List<TextRange> inSummary = matches.find(summary, query);
            List<TextRange> inBody = matches.find(body, query);
            String snippet = !inBody.isEmpty() && inBody.size() >= inSummary.size()
                    ? formatter.snippet(body, inBody) : formatter.snippet(summary, inSummary);
            return formatter.whole(title, matches.find(title, query)).length() + snippet.length();
        }

        private static String valueOf(Document doc, SearchField field) {
            String value = doc.get(field.field());
            return value == null ? "" : value;
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void publish(Path corpusDir, String bootstrap, int stories) throws Exception {
        List<SearchDocument> docs = generate(readCorpus(corpusDir), stories, new SplittableRandom(42));
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("linger.ms", "20");
        config.put("compression.type", "lz4");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", ArticleEventSerializer.class.getName());
        String topic = ArticleEventTopics.ARTICLE_EVENTS;
        long t0 = System.nanoTime();
        try (var producer = new KafkaProducer<String, ArticleEvent>(config)) {
            for (int i = 0; i < docs.size(); i++) {
                SearchDocument d = docs.get(i);
                long id = FIRST_PUBLISHED_ID + i;
                var article = new ArticleSnapshot(id, "bench-" + id, d.title(), d.summary(),
                        d.body(), d.section(), d.tags(), d.provinces(), d.localGovernmentUnits(), List.of("bench"),
                        null, false, ArticleSnapshot.STATUS_PUBLISHED, 1, d.publishedAt(),
                        d.publishedAt(), d.publishedAt(), true);
                var event = ArticlePublished.of(article, d.publishedAt());
                producer.send(new ProducerRecord<>(topic,
                        ArticleEventTopics.keyOf(event), event));
            }
        }
        System.err.printf(Locale.ROOT, "wrote %d stories to %s in %.1f s%n", docs.size(), topic,
                (System.nanoTime() - t0) / 1e9);
        try (var admin = Admin.create(Map.of("bootstrap.servers", (Object) bootstrap))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest =
                    new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            long lag;
            do {
                var read = admin.listConsumerGroupOffsets(FEED_GROUP).partitionsToOffsetAndMetadata().get();
                lag = 0;
                for (var p : partitions) {
                    var offset = read.get(p);
                    lag += ends.get(p).offset() - (offset == null ? 0 : offset.offset());
                }
                System.err.printf(Locale.ROOT, "feed-service has %d events to read (%.0f s)%n", lag,
                        (System.nanoTime() - t0) / 1e9);
                if (lag > 0) {
                    Thread.sleep(2000);
                }
            } while (lag > 0);
        }
        System.err.printf(Locale.ROOT, "feed-service read them all after %.1f s%n", (System.nanoTime() - t0) / 1e9);
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
