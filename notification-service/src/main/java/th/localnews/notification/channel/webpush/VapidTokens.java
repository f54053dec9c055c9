package th.localnews.notification.channel.webpush;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * VAPID JWTs (RFC 8292), one per push-service origin, signed once and reused until an hour before they
 * expire: ECDSA signing per message would cost more CPU than the encryption itself.
 */
@Component
class VapidTokens {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofHours(1);
    private static final String HEADER = EcP256.base64Url("{\"typ\":\"JWT\",\"alg\":\"ES256\"}"
            .getBytes(StandardCharsets.UTF_8));

    private record Token(String jwt, Instant expiresAt) {
    }

    private final VapidKeys keys;
    private final String subject;
    private final Clock clock;
    private final Map<String, Token> byOrigin = new ConcurrentHashMap<>();

    @Autowired
    VapidTokens(VapidKeys keys, VapidProperties properties) {
        this(keys, properties.subject(), Clock.systemUTC());
    }

    VapidTokens(VapidKeys keys, String subject, Clock clock) {
        this.keys = keys;
        this.subject = subject;
        this.clock = clock;
    }

    /** The {@code Authorization} header value for a push to this endpoint. */
    String authorization(URI endpoint) {
        String origin = origin(endpoint);
        Instant now = clock.instant();
        Token token = byOrigin.compute(origin, (key, current) ->
                current != null && now.isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY)) ? current
                        : sign(origin, now.plus(LIFETIME)));
        return "vapid t=" + token.jwt() + ", k=" + keys.publicKeyBase64Url();
    }

    private Token sign(String audience, Instant expiresAt) {
        String claims = "{\"aud\":\"" + audience + "\",\"exp\":" + expiresAt.getEpochSecond() + ",\"sub\":\""
                + subject.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        String signingInput = HEADER + "." + EcP256.base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(keys.privateKey());
            ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            byte[] jose = JoseSignatures.derToJose(ecdsa.sign());
            return new Token(signingInput + "." + EcP256.base64Url(jose), expiresAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the VAPID token", e);
        }
    }

    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
