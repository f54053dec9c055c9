import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;
import org.postgresql.PGConnection;

import th.localnews.notification.outbound.AlertHttpClient;
import th.localnews.notification.outbound.OutboundUrlGuard;

/**
 * P4: N webhook (or Web Push) subscriptions pointed at a loopback sink, one story published, and the time until
 * the sink has had every alert; then the bare ceiling in the same run: the service's own alert client
 * (AlertHttpClient, Apache HttpClient 5) posting payloads of the same size to the same sink from as many threads as
 * the service's dispatch pool, and the JDK's HttpClient doing the same beside it (for Web Push each payload
 * encrypted first, RFC 8291 with the service's arithmetic: Bouncy Castle's P-256 for the key pair and the ECDH, the
 * JDK's HMAC and AES-GCM; and encryption alone measured apart, that way and with the JDK's own EC providers).
 * The subscriptions are written straight into notification-service's database (COPY); the story is published
 * through the gateway with the local stack's API client.
 * args: webhook|webpush count. Environment: DB_URL, DB_USER, DB_PASSWORD, GATEWAY, CLIENT_ID, CLIENT_SECRET,
 * SINK_PORT, CONCURRENCY (the service's dispatch pool), TIMEOUT_S, CEILING_COUNT (how many requests the ceiling
 * sends; default: as many as there are subscriptions). Prints one line "FANOUTJSON {...}".
 */
public class FanoutBench {

    static final String MARK = "/fanout-bench/";
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        String channel = args[0];
        int count = Integer.parseInt(args[1]);
        int port = Integer.parseInt(env("SINK_PORT", "28400"));
        int concurrency = Integer.parseInt(env("CONCURRENCY", "16"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(env("TIMEOUT_S", "900")));
        Sink sink = Sink.start(port);
        KeyPair userAgent = p256();
        byte[] auth = new byte[16];
        RANDOM.nextBytes(auth);

        try (Connection db = DriverManager.getConnection(env("DB_URL", null), env("DB_USER", "postgres"),
                env("DB_PASSWORD", "postgres"))) {
            long removed = clean(db);
            long seeded = seed(db, channel, count, port, userAgent, auth);
            long others = scalar(db, "SELECT count(*) FROM subscription WHERE status = 'active' AND target NOT LIKE '%"
                    + MARK + "%'");
            log("seeded %d %s subscriptions (removed %d from an earlier run; %d other active subscriptions)",
                    seeded, channel, removed, others);

            HttpClient http = HttpClient.newHttpClient();
            String token = token(http);
            long articleId = createDraft(http, token);
            sink.reset();
            long started = System.nanoTime();
            publish(http, token, articleId);
            boolean complete = sink.awaitCount(count, timeout, started);
            double serviceSeconds = (sink.lastNanos.get() - started) / 1e9;
            int received = sink.unique.size();
            long delivered = scalar(db, "SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                    + " WHERE d.article_id = " + articleId + " AND d.status = 'delivered' AND s.target LIKE '%" + MARK + "%'");
            log("service: %d of %d at the sink in %.2f s (%d delivered in the ledger)", received, count, serviceSeconds,
                    delivered);

            int payloadBytes = sink.maxBodyBytes.get();
            int ceilingCount = Integer.parseInt(env("CEILING_COUNT", Integer.toString(count)));
            Ceiling posts = ceiling(channel, ceilingCount, port, concurrency, Math.max(payloadBytes, 1), userAgent, auth,
                    sink, serviceClient(concurrency), "the service's AlertHttpClient");
            Ceiling jdkPosts = ceiling(channel, ceilingCount, port, concurrency, Math.max(payloadBytes, 1), userAgent,
                    auth, sink, jdkClient(), "JDK HttpClient");
            Ceiling encryption = channel.equals("webpush")
                    ? encryptionAlone(ceilingCount, userAgent, auth, FanoutBench::encrypt, "Bouncy Castle P-256") : null;
            Ceiling jdkEncryption = channel.equals("webpush")
                    ? encryptionAlone(ceilingCount, userAgent, auth, FanoutBench::encryptJdk, "JDK EC providers") : null;
            double serviceRate = received / serviceSeconds;
            StringBuilder json = new StringBuilder();
            json.append(String.format(Locale.ROOT,
                    "{\"channel\":\"%s\",\"sink\":\"%s\",\"subscriptions\":%d,\"other_active_subscriptions\":%d,\"article_id\":%d,"
                            + "\"service\":{\"complete\":%s,\"received\":%d,\"delivered_in_ledger\":%d,\"seconds\":%.3f,"
                            + "\"deliveries_per_s\":%.1f,\"payload_bytes\":%d},"
                            + "\"ceiling\":{\"what\":\"%s\",\"requests\":%d,\"threads\":%d,\"seconds\":%.3f,\"per_s\":%.1f}",
                    channel, env("SINK", "nio"), count, others, articleId, complete, received, delivered, serviceSeconds, serviceRate,
                    payloadBytes, channel.equals("webpush") ? "encrypt (RFC 8291) and POST" : "POST", ceilingCount, concurrency,
                    posts.seconds(), posts.perSecond()));
            json.append(String.format(Locale.ROOT, ",\"ceiling_jdk_http_client\":{\"requests\":%d,\"seconds\":%.3f,"
                    + "\"per_s\":%.1f}", ceilingCount, jdkPosts.seconds(), jdkPosts.perSecond()));
            if (encryption != null) {
                json.append(encryptionJson("encryption_alone", ceilingCount, encryption));
                json.append(encryptionJson("encryption_alone_jdk_ec", ceilingCount, jdkEncryption));
            }
            json.append(String.format(Locale.ROOT, ",\"ratio_service_over_ceiling\":%.3f}",
                    serviceRate / posts.perSecond()));
            System.out.println("FANOUTJSON " + json);
        } finally {
            sink.stop();
        }
    }

    record Ceiling(int threads, double seconds, double perSecond) {
    }

    static String encryptionJson(String name, int messages, Ceiling encryption) {
        return String.format(Locale.ROOT, ",\"%s\":{\"messages\":%d,\"threads\":%d,\"seconds\":%.3f,\"per_s\":%.1f}",
                name, messages, encryption.threads(), encryption.seconds(), encryption.perSecond());
    }

    /** One POST of a ceiling run, by one HTTP client. */
    interface Poster {
        void post(URI target, byte[] body) throws IOException, InterruptedException;
    }

    /** The service's own alert client (notification-service's AlertHttpClient), as the service sets it up. */
    static Poster serviceClient(int threads) {
        AlertHttpClient client = new AlertHttpClient(new OutboundUrlGuard(true), Duration.ofSeconds(10), threads);
        return (target, body) -> client.post(target, Map.of(), body, "application/json");
    }

    /** The JDK's HttpClient (HTTP/1.1), which the service used before AlertHttpClient: the figure beside it. */
    static Poster jdkClient() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return (target, body) -> http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The same number of requests of the same size to the same sink, from a pool as large as the service's. */
    static Ceiling ceiling(String channel, int count, int port, int threads, int payloadBytes, KeyPair userAgent,
            byte[] auth, Sink sink, Poster client, String clientName) throws Exception {
        byte[] plain = new byte[channel.equals("webpush") ? Math.max(1, payloadBytes - 103) : payloadBytes];
        java.util.Arrays.fill(plain, (byte) 'x');
        byte[] uaPublic = uncompressed((ECPublicKey) userAgent.getPublic());
        sink.reset();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    byte[] body = channel.equals("webpush") ? encrypt(plain, uaPublic, auth) : plain;
                    URI target = URI.create("http://127.0.0.1:" + port + MARK + "ceiling-" + i);
                    // a few retries: a request lost on a pooled connection the JDK client had just closed ("header
                    // parser received no bytes") once left this loop waiting for ever
                    for (int attempt = 1;; attempt++) {
                        try {
                            client.post(target, body);
                            break;
                        } catch (IOException e) {
                            if (attempt == 3) {
                                throw e;
                            }
                            retried.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get(10, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            // a failed worker must not leave the pool's (non-daemon) threads keeping the driver alive
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log("ceiling (%s, %s): %d in %.2f s (%d requests retried)",
                channel.equals("webpush") ? "encrypt + POST" : "POST", clientName, count, seconds, retried.get());
        return new Ceiling(threads, seconds, count / seconds);
    }

    interface Encryption {
        byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret);
    }

    static Ceiling encryptionAlone(int count, KeyPair userAgent, byte[] auth, Encryption encryption, String what)
            throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        byte[] plain = new byte[300];
        byte[] uaPublic = uncompressed((ECPublicKey) userAgent.getPublic());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    encryption.encrypt(plain, uaPublic, auth);
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log("encryption alone (%s): %d in %.2f s on %d threads", what, count, seconds, threads);
        return new Ceiling(threads, seconds, count / seconds);
    }

    static final ECDomainParameters P256 = new ECDomainParameters(CustomNamedCurves.getByName("secp256r1"));

    /**
     * RFC 8291 aes128gcm, the steps the service takes per message (PushEncryption): a fresh key pair and the ECDH
     * with Bouncy Castle's P-256, then HKDF and AES-GCM on the JDK's providers.
     */
    static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(P256, RANDOM));
        AsymmetricCipherKeyPair server = generator.generateKeyPair();
        ECDHBasicAgreement ecdh = new ECDHBasicAgreement();
        ecdh.init(server.getPrivate());
        byte[] secret = BigIntegers.asUnsignedByteArray(32, ecdh.calculateAgreement(
                new ECPublicKeyParameters(P256.getCurve().decodePoint(uaPublic), P256)));
        return seal(plaintext, uaPublic, authSecret, ((ECPublicKeyParameters) server.getPublic()).getQ().getEncoded(false),
                secret);
    }

    /** The same with the JDK's own EC providers for the key pair and the ECDH (what the service did before 4 Dec). */
    static byte[] encryptJdk(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        try {
            KeyPair server = p256();
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(server.getPrivate());
            ecdh.doPhase(publicKey(uaPublic), true);
            return seal(plaintext, uaPublic, authSecret, uncompressed((ECPublicKey) server.getPublic()),
                    ecdh.generateSecret());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] seal(byte[] plaintext, byte[] uaPublic, byte[] authSecret, byte[] asPublic, byte[] secret) {
        try {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            byte[] ikm = hkdf(authSecret, secret, concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic), 32);
            byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] ciphertext = gcm.doFinal(concat(plaintext, new byte[] { 2 }));
            return ByteBuffer.allocate(21 + asPublic.length + ciphertext.length).put(salt).putInt(4096)
                    .put((byte) asPublic.length).put(asPublic).put(ciphertext).array();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        return java.util.Arrays.copyOf(mac.doFinal(new byte[] { 1 }), length);
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    static void copy32(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = Math.max(0, bytes.length - 32);
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + 32 - length, length);
    }

    static java.security.PublicKey publicKey(byte[] uncompressed) throws Exception {
        java.security.AlgorithmParameters parameters = java.security.AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        java.security.spec.ECParameterSpec spec = parameters.getParameterSpec(java.security.spec.ECParameterSpec.class);
        java.security.spec.ECPoint point = new java.security.spec.ECPoint(
                new BigInteger(1, java.util.Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, java.util.Arrays.copyOfRange(uncompressed, 33, 65)));
        return java.security.KeyFactory.getInstance("EC").generatePublic(new java.security.spec.ECPublicKeySpec(point, spec));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * Removes an earlier run's subscriptions (their ledger rows go with them), then vacuums: a run started over the
     * dead rows of 100,000 deleted subscriptions and deliveries sometimes crawled until autovacuum came round (a
     * 30,000 run once took 50 s instead of 9, on 8 Dec), which measured the cleanup, not the service.
     */
    static long clean(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            long removed = statement.executeUpdate("DELETE FROM subscription WHERE target LIKE '%" + MARK + "%'");
            statement.execute("VACUUM (ANALYZE) subscription, delivery");
            return removed;
        }
    }

    /** COPY, not the API: the API's per-address subscribe limit (5 a minute) is there to stop exactly this. */
    static long seed(Connection db, String channel, int count, int port, KeyPair userAgent, byte[] auth) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String p256dh = url.encodeToString(uncompressed((ECPublicKey) userAgent.getPublic()));
        String authText = url.encodeToString(auth);
        StringBuilder rows = new StringBuilder(count * 220);
        byte[] hash = new byte[32];
        for (int i = 0; i < count; i++) {
            RANDOM.nextBytes(hash);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            boolean push = channel.equals("webpush");
            rows.append(UUID.randomUUID()).append('\t').append(channel).append('\t')
                    .append("http://127.0.0.1:").append(port).append(MARK).append(i).append('\t')
                    .append(push ? p256dh : "\\N").append('\t').append(push ? authText : "\\N").append('\t')
                    .append(push ? "\\N" : "whsec_" + Base64.getEncoder().encodeToString(secret)).append('\t')
                    .append("\\\\x").append(HexFormat.of().formatHex(hash))
                    .append("\ttrue\tfalse\t{}\t{}\t{}\t{}\tactive\n");
        }
        return db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY subscription (id, channel, target, push_p256dh,"
                + " push_auth, webhook_secret, manage_token_hash, interest_all, interest_breaking, sections, provinces,"
                + " tags, keywords, status) FROM STDIN", new StringReader(rows.toString()));
    }

    static long scalar(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static String token(HttpClient http) throws Exception {
        String basic = Base64.getEncoder().encodeToString((env("CLIENT_ID", null) + ":" + env("CLIENT_SECRET", null))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(env("GATEWAY", null) + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return field(expect(response, 200), "access_token");
    }

    static long createDraft(HttpClient http, String token) throws Exception {
        String body = """
                {"title":"ทดสอบการแจ้งเตือน %s","summary":"ข่าวสำหรับวัดเวลาการแจ้งเตือนผู้ติดตาม",
                 "body":"<p>เนื้อหาข่าวสำหรับการทดสอบการส่งแจ้งเตือนจำนวนมาก</p>","section":"local-government",
                 "tags":["การทดสอบ"],"provinces":["TH-40"],"localGovernmentUnits":["ทน.ขอนแก่น"],"authors":["bench"],
                 "breaking":true}""".formatted(Instant.now());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(env("GATEWAY", null)
                + "/api/newsroom/articles")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(field(expect(response, 201), "id"));
    }

    static void publish(HttpClient http, String token, long id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(env("GATEWAY", null)
                + "/api/newsroom/articles/" + id + "/publish")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("publish: " + response.statusCode() + " " + response.body());
        }
    }

    static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A top-level string or number field of a small JSON object; enough for the two answers read here. */
    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\"");
        int colon = json.indexOf(':', at);
        int start = colon + 1;
        while (json.charAt(start) == ' ' || json.charAt(start) == '"') {
            start++;
        }
        int end = start;
        while (end < json.length() && ",}\"".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return json.substring(start, end);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("set " + name);
            }
            return fallback;
        }
        return value;
    }

    static void log(String format, Object... args) {
        System.out.println(Instant.now() + " " + String.format(Locale.ROOT, format, args));
    }

    /**
     * Counts distinct paths POSTed to it and when the last one came; answers as a push service or webhook would (201
     * for the bench's paths, 404 else). It stands in for 100,000 receivers that in production run on other machines,
     * so what it costs here is taken from the service and the ceiling alike: SINK=nio (the default) is a lean
     * single-thread HTTP/1.1 server ({@link NioSink}), SINK=jdk the JDK's HttpServer with 4 threads, which the runs
     * before 8 Dec used and which took 3 to 5 times its CPU per request.
     */
    abstract static class Sink {
        final Set<String> unique = ConcurrentHashMap.newKeySet();
        final AtomicLong lastNanos = new AtomicLong();
        final AtomicInteger maxBodyBytes = new AtomicInteger();

        static Sink start(int port) throws IOException {
            return env("SINK", "nio").equals("jdk") ? new JdkSink(port) : new NioSink(port);
        }

        /** Records one request; returns the status to answer. */
        int received(String path, int bodyBytes) {
            if (!path.contains("ceiling-")) {
                maxBodyBytes.accumulateAndGet(bodyBytes, Math::max);
            }
            unique.add(path);
            lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
            return path.startsWith(MARK) ? 201 : 404;
        }

        void reset() {
            unique.clear();
            lastNanos.set(0);
        }

        boolean awaitCount(int count, Duration timeout, long started) throws InterruptedException {
            long deadline = started + timeout.toNanos();
            long nextReport = System.nanoTime() + 5_000_000_000L;
            while (unique.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (System.nanoTime() > nextReport) {
                    log("  %d of %d after %.0f s", unique.size(), count, (System.nanoTime() - started) / 1e9);
                    nextReport += 5_000_000_000L;
                }
            }
            return unique.size() >= count;
        }

        abstract void stop() throws IOException;
    }

    static final class JdkSink extends Sink {
        final HttpServer server;

        JdkSink(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                int length;
                try (InputStream in = exchange.getRequestBody()) {
                    length = in.readAllBytes().length;
                }
                exchange.sendResponseHeaders(received(exchange.getRequestURI().getPath(), length), -1);
                exchange.close();
            });
            server.start();
        }

        @Override
        void stop() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    /** One selector thread, keep-alive, requests with a Content-Length body (what both HTTP clients send). */
    static final class NioSink extends Sink {
        static final byte[] CREATED = "HTTP/1.1 201 Created\r\ncontent-length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        final Selector selector;
        final ServerSocketChannel server;
        final Thread loop;

        NioSink(int port) throws IOException {
            selector = Selector.open();
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress("127.0.0.1", port), 1024);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            loop = new Thread(this::serve, "nio-sink");
            loop.setDaemon(true);
            loop.start();
        }

        private void serve() {
            while (selector.isOpen()) {
                try {
                    selector.select();
                    for (var keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        if (key.isAcceptable()) {
                            SocketChannel channel = server.accept();
                            if (channel != null) {
                                channel.configureBlocking(false);
                                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                                channel.register(selector, SelectionKey.OP_READ, new Connection());
                            }
                        } else if (key.isReadable() && !((Connection) key.attachment()).read((SocketChannel) key.channel())) {
                            key.cancel();
                            key.channel().close();
                        }
                    }
                } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                    if (!selector.isOpen()) {
                        return;
                    }
                }
            }
        }

        /** One connection's unanswered bytes; answers every complete request in them. */
        final class Connection {
            final ByteBuffer in = ByteBuffer.allocate(1 << 16);

            boolean read(SocketChannel channel) {
                try {
                    if (channel.read(in) < 0) {
                        return false;
                    }
                    in.flip();
                    ByteArrayOutputStream answers = new ByteArrayOutputStream();
                    int end;
                    while ((end = headEnd()) >= 0) {
                        String head = new String(in.array(), in.position(), end - in.position(), StandardCharsets.ISO_8859_1);
                        int length = contentLength(head);
                        if (end + length > in.limit()) {
                            break;
                        }
                        String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
                        answers.writeBytes(received(path, length) == 201 ? CREATED : NOT_FOUND);
                        in.position(end + length);
                    }
                    in.compact();
                    ByteBuffer out = ByteBuffer.wrap(answers.toByteArray());
                    while (out.hasRemaining()) {
                        channel.write(out);
                    }
                    return true;
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }

            private int headEnd() {
                for (int i = in.position(); i + 3 < in.limit(); i++) {
                    if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                        return i + 4;
                    }
                }
                return -1;
            }

            private static int contentLength(String head) {
                int at = head.toLowerCase(Locale.ROOT).indexOf("\ncontent-length:");
                return at < 0 ? 0 : Integer.parseInt(head.substring(at + 16, head.indexOf('\r', at)).trim());
            }
        }

        @Override
        void stop() throws IOException {
            selector.close();
            server.close();
        }
    }
}
