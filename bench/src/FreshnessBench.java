import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * P3 freshness: from the newsroom's publish response to the first gateway GET that shows the story, at a given
 * rate (open loop: publishes are started on a schedule, not after the previous one), beside a bare Kafka
 * produce→consume probe on the same broker at the same rate. Prints one JSON object.
 * args: gatewayUrl clientId clientSecret kafkaBootstrap rate count
 */
public class FreshnessBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    /**
     * The pause between two GETs of a story not yet visible. Every story in flight has its own poller, so a short
     * pause makes the pollers themselves hundreds of gateway requests a second per story in flight, load on the
     * services they measure; a long one coarsens the figures. Both bounds are reported: "freshness" is the first
     * GET that showed the story (answered), "not_visible" the last GET that did not (sent), so the story became
     * visible between them.
     */
    private static final long POLL_MILLIS = Long.parseLong(System.getenv().getOrDefault("FRESHNESS_POLL_MS", "5"));
    /** The probe consumer's fetch.max.wait.ms: the client's default 500 ms unless PROBE_FETCH_MAX_WAIT_MS says. */
    private static final String PROBE_FETCH_MAX_WAIT = System.getenv().getOrDefault("PROBE_FETCH_MAX_WAIT_MS", "500");

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String token = token(gateway, args[1], args[2]);
        double rate = Double.parseDouble(args[4]);
        int count = Integer.parseInt(args[5]);
        ConcurrentLinkedQueue<Double> lastMiss = new ConcurrentLinkedQueue<>();
        List<Double> fresh = freshness(gateway, token, rate, count, lastMiss);
        List<Double> probe = probe(args[3], rate, count);
        System.out.printf(Locale.ROOT,
                "{\"rate\":%s,\"count\":%d,\"poll_ms\":%d,\"probe_fetch_max_wait_ms\":%s,\"freshness\":%s,"
                        + "\"not_visible\":%s,\"probe\":%s}%n",
                args[4], count, POLL_MILLIS, PROBE_FETCH_MAX_WAIT, summary(fresh, count),
                summary(new ArrayList<>(lastMiss), count), summary(probe, count));
    }

    private static List<Double> freshness(String gateway, String token, double rate, int count,
            ConcurrentLinkedQueue<Double> lastMiss) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1e9 / rate);
        for (int i = 0; i < count; i++) {
            int n = i;
            clock.schedule(() -> workers.submit(() -> {
                try {
                    millis.add(publishAndWatch(gateway, token, n, lastMiss));
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("story " + n + ": " + e);
                }
            }), n * periodNanos, TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(1, TimeUnit.HOURS);
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        if (failed.get() > 0) {
            System.err.println(failed.get() + " stories failed");
        }
        return new ArrayList<>(millis);
    }

    private static double publishAndWatch(String gateway, String token, int n, ConcurrentLinkedQueue<Double> lastMiss)
            throws Exception {
        String story = "{\"title\":\"ข่าวทดสอบความสด ทน.ขอนแก่น เรื่องที่ " + n + " " + System.nanoTime() + "\","
                + "\"summary\":\"ทดสอบ\",\"body\":\"<p>เทศบาลนครขอนแก่น</p>\",\"section\":\"local-government\","
                + "\"provinces\":[\"TH-40\"],\"tags\":[\"bench-freshness\"],\"breaking\":false}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(gateway + "/api/newsroom/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(story)), 201);
        Matcher id = ID.matcher(created.body());
        id.find();
        send(HttpRequest.newBuilder(URI.create(gateway + "/api/newsroom/articles/" + id.group(1) + "/publish"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 200);
        long published = System.nanoTime();
        HttpRequest read = HttpRequest.newBuilder(URI.create(gateway + "/api/articles/" + id.group(1))).GET().build();
        long deadline = published + TimeUnit.SECONDS.toNanos(30);
        double missed = 0;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            if (HTTP.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                lastMiss.add(missed);
                return (System.nanoTime() - published) / 1e6;
            }
            missed = (sent - published) / 1e6;
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("not visible after 30 s");
    }

    private static List<Double> probe(String bootstrap, double rate, int count) throws Exception {
        String topic = "bench-freshness-probe";
        Properties common = new Properties();
        common.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(common)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        Properties producerConfig = (Properties) common.clone();
        producerConfig.putAll(Map.of("acks", "all", "enable.idempotence", "true", "linger.ms", "5",
                "key.serializer", LongSerializer.class.getName(), "value.serializer", LongSerializer.class.getName()));
        Properties consumerConfig = (Properties) common.clone();
        consumerConfig.putAll(Map.of("isolation.level", "read_committed", "enable.auto.commit", "false",
                "key.deserializer", LongDeserializer.class.getName(),
                "value.deserializer", LongDeserializer.class.getName(),
                "fetch.max.wait.ms", PROBE_FETCH_MAX_WAIT));
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        try (KafkaConsumer<Long, Long> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<Long, Long> producer = new KafkaProducer<>(producerConfig)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            Thread reader = new Thread(() -> {
                while (millis.size() < count) {
                    for (ConsumerRecord<Long, Long> record : consumer.poll(Duration.ofMillis(100))) {
                        millis.add((System.nanoTime() - record.value()) / 1e6);
                    }
                }
            });
            reader.start();
            long periodNanos = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (long i = 0; i < count; i++) {
                long due = start + i * periodNanos;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                producer.send(new ProducerRecord<>(topic, i, System.nanoTime()));
            }
            reader.join(TimeUnit.MINUTES.toMillis(2));
        }
        return millis;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static String token(String gateway, String id, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String body = send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200).body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        token.find();
        return token.group(1);
    }

    private static String summary(List<Double> millis, int expected) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "{\"n\":0}";
        }
        return String.format(Locale.ROOT, "{\"n\":%d,\"missing\":%d,\"p50_ms\":%.1f,\"p90_ms\":%.1f,\"p99_ms\":%.1f,"
                        + "\"max_ms\":%.1f}", sorted.size(), expected - sorted.size(), pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
