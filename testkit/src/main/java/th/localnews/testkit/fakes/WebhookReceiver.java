package th.localnews.testkit.fakes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;

/**
 * A webhook endpoint on loopback that checks Standard Webhooks signatures the way a careful receiver does
 * (HMAC-SHA256 over {@code id.timestamp.body}, timestamp within five minutes) and records what it accepts.
 * Each hook has its own path ({@link #url(String)}) so one receiver can serve many subscriptions; a hook
 * must be {@linkplain #trust trusted} with the secret the subscription returned before it accepts anything.
 */
public final class WebhookReceiver implements AutoCloseable {

    /**
     * One accepted delivery; {@code body} is the raw JSON text, {@code traceparent} the W3C trace header the
     * sender put on the request (null without one).
     */
    public record Delivery(String hook, String webhookId, long timestamp, String body, String traceparent) {
    }

    private static final long TOLERANCE_SECONDS = 300;

    private final LoopbackServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger rejected = new AtomicInteger();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
    private final List<String> failedAttempts = new CopyOnWriteArrayList<>();

    private WebhookReceiver() {
        server = new LoopbackServer("/hooks/", this::handle);
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    public String url(String hook) {
        return server.origin() + "/hooks/" + hook;
    }

    public void trust(String hook, String secret) {
        secrets.put(hook, secret);
    }

    /** Answer this status (after verifying and recording) from now on, e.g. 410 to say "unsubscribe me". */
    public void respondWith(String hook, int status) {
        statuses.put(hook, status);
    }

    /**
     * Answer the next {@code times} verified requests to this hook with {@code status} (and a
     * {@code Retry-After} header when not null) without accepting them, as a struggling receiver would.
     */
    public void failNext(String hook, int times, int status, String retryAfterHeader) {
        Deque<Integer> queue = failures.computeIfAbsent(hook, key -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(status);
        }
        if (retryAfterHeader != null) {
            retryAfter.put(hook, retryAfterHeader);
        }
    }

    /** Verified requests that were answered with a {@link #failNext failure}, by webhook-id. */
    public long failedAttempts(String webhookId) {
        return failedAttempts.stream().filter(webhookId::equals).count();
    }

    /** Every accepted delivery, to every hook, in the order they arrived. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Delivery> deliveries(String hook) {
        return deliveries.stream().filter(delivery -> delivery.hook().equals(hook)).toList();
    }

    /** How many verified requests carried this {@code webhook-id}: more than one is a resend. */
    public long count(String webhookId) {
        return deliveries.stream().filter(delivery -> delivery.webhookId().equals(webhookId)).count();
    }

    /** Requests refused for a missing, stale or wrong signature. */
    public int rejected() {
        return rejected.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String hook = exchange.getRequestURI().getPath().substring("/hooks/".length());
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        String secret = secrets.get(hook);
        if (!"POST".equals(exchange.getRequestMethod()) || secret == null || id == null || timestamp == null
                || signatures == null || !fresh(timestamp) || !signed(secret, id, timestamp, body, signatures)) {
            rejected.incrementAndGet();
            LoopbackServer.respond(exchange, 401);
            return;
        }
        Integer failure = failures.getOrDefault(hook, new ArrayDeque<>()).poll();
        if (failure != null) {
            failedAttempts.add(id);
            if (retryAfter.containsKey(hook)) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter.get(hook));
            }
            LoopbackServer.respond(exchange, failure);
            return;
        }
        deliveries.add(new Delivery(hook, id, Long.parseLong(timestamp), new String(body, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("traceparent")));
        LoopbackServer.respond(exchange, statuses.getOrDefault(hook, 204));
    }

    private static boolean fresh(String timestamp) {
        try {
            return Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= TOLERANCE_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean signed(String secret, String id, String timestamp, byte[] body, String signatures) {
        byte[] expected = hmac(secret, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")) {
                try {
                    if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                        return true;
                    }
                } catch (IllegalArgumentException notBase64) {
                    // try the next signature
                }
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            String key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
