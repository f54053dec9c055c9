package th.localnews.testkit.fakes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


import com.sun.net.httpserver.HttpExchange;

/**
 * A Web Push service on loopback that does what a browser and its push service together would: it checks
 * the VAPID token (RFC 8292: ES256 signature by the key in {@code k}, {@code aud} = this origin, {@code exp}
 * at most 24 h ahead), then DECRYPTS the payload with the subscriber's private key and auth secret
 * (RFC 8291, aes128gcm) and records the plaintext. Anything it cannot verify or decrypt is refused.
 */
public final class PushService implements AutoCloseable {

    /** What {@code PushSubscription.toJSON()} would give a page: endpoint and base64url keys. */
    public record Subscriber(String id, String endpoint, String p256dh, String auth) {
    }

    /** One message that verified and decrypted. */
    public record Delivery(String subscriberId, String plaintext, String ttl, String urgency, String topic,
            String vapidToken) {
    }

    private record Keys(KeyPair pair, byte[] publicKey, byte[] auth) {
    }

    private static final Pattern AUTHORIZATION = Pattern.compile("^vapid t=([^,\\s]+),\\s*k=([^,\\s]+)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoopbackServer server;
    private final Map<String, Keys> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger rejected = new AtomicInteger();

    private PushService() {
        server = new LoopbackServer("/push/", this::handle);
    }

    public static PushService start() {
        return new PushService();
    }

    /** A new browser subscription with fresh P-256 keys and auth secret, as a user agent would create. */
    public Subscriber newSubscriber() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] auth = new byte[16];
            RANDOM.nextBytes(auth);
            String id = UUID.randomUUID().toString();
            byte[] publicKey = PushDecryption.uncompressed((ECPublicKey) pair.getPublic());
            subscribers.put(id, new Keys(pair, publicKey, auth));
            return new Subscriber(id, server.origin() + "/push/" + id, base64Url(publicKey), base64Url(auth));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answer this status from now on, e.g. 410 when the browser has unsubscribed. */
    public void respondWith(String subscriberId, int status) {
        statuses.put(subscriberId, status);
    }

    public List<Delivery> deliveries(String subscriberId) {
        return deliveries.stream().filter(delivery -> delivery.subscriberId().equals(subscriberId)).toList();
    }

    /** The distinct VAPID tokens seen: a sender that signs per message shows one per delivery. */
    public Set<String> vapidTokens() {
        return deliveries.stream().map(Delivery::vapidToken).collect(Collectors.toSet());
    }

    public int rejected() {
        return rejected.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/push/".length());
        byte[] body = exchange.getRequestBody().readAllBytes();
        Keys keys = subscribers.get(id);
        Integer status = statuses.get(id);
        if (keys != null && status != null) {
            LoopbackServer.respond(exchange, status);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            if (keys == null || !"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                throw new GeneralSecurityException("unknown subscriber or content coding");
            }
            String token = verifiedVapidToken(authorization);
            String plaintext = new String(PushDecryption.decrypt(body, keys.pair(), keys.publicKey(), keys.auth()), StandardCharsets.UTF_8);
            deliveries.add(new Delivery(id, plaintext, exchange.getRequestHeaders().getFirst("TTL"),
                    exchange.getRequestHeaders().getFirst("Urgency"), exchange.getRequestHeaders().getFirst("Topic"),
                    token));
            LoopbackServer.respond(exchange, 201);
        } catch (GeneralSecurityException | RuntimeException e) {
            rejected.incrementAndGet();
            LoopbackServer.respond(exchange, 400);
        }
    }

    private String verifiedVapidToken(String authorization) throws GeneralSecurityException {
        Matcher matcher = AUTHORIZATION.matcher(authorization == null ? "" : authorization.strip());
        if (!matcher.matches()) {
            throw new GeneralSecurityException("no vapid authorization");
        }
        String token = matcher.group(1);
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !decodeText(parts[0]).contains("\"ES256\"")) {
            throw new GeneralSecurityException("not an ES256 JWT");
        }
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(PushDecryption.publicKey(Base64.getUrlDecoder().decode(matcher.group(2))));
        ecdsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!ecdsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new GeneralSecurityException("bad VAPID signature");
        }
        String claims = decodeText(parts[1]);
        long exp = Long.parseLong(claim(claims, "\"exp\"\\s*:\\s*(\\d+)"));
        long now = Instant.now().getEpochSecond();
        if (!server.origin().equals(claim(claims, "\"aud\"\\s*:\\s*\"([^\"]*)\"")) || exp <= now || exp > now + 86_400
                || !claim(claims, "\"sub\"\\s*:\\s*\"([^\"]*)\"").matches("^(mailto:|https:).+")) {
            throw new GeneralSecurityException("VAPID claims do not hold: " + claims);
        }
        return token;
    }

    private static String claim(String json, String pattern) throws GeneralSecurityException {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        if (!matcher.find()) {
            throw new GeneralSecurityException("claim missing: " + pattern);
        }
        return matcher.group(1);
    }

    private static String decodeText(String base64Url) {
        return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
