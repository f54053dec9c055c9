package th.localnews.systemtests;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/**
 * Authorization headers an attacker could send to the newsroom: tokens signed with keys that are not the issuer's,
 * with no signature, with a changed payload, or with the issuer's public key used as an HMAC secret. The issuer's
 * own key cannot be had here, so "expired", "wrong issuer" and "wrong audience" are signed by another key as well;
 * the gateway's and article-service's own tests cover those claims with a correctly signed token.
 */
final class Forgeries {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String realToken;
    private final String issuer;
    private final JsonNode jwk;
    private final KeyPair otherKey;

    Forgeries(String realToken, String issuer, JsonNode jwks) throws GeneralSecurityException {
        this.realToken = realToken;
        this.issuer = issuer;
        this.jwk = jwks.get("keys").get(0);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.otherKey = generator.generateKeyPair();
    }

    /** The Authorization header for this forgery, or empty for none at all. */
    Optional<String> header(String kind, String clientId, String clientSecret) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String kid = jwk.get("kid").asString();
        return switch (kind) {
            case "none" -> Optional.empty();
            case "garbage" -> bearer("abc.def.ghi");
            case "empty-bearer" -> Optional.of("Bearer ");
            case "alg-none" -> bearer(part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims(now)) + ".");
            case "hs256-with-public-key" -> bearer(hmacSigned(Map.of("alg", "HS256", "kid", kid), claims(now)));
            case "expired" -> bearer(rsaSigned(kid, with(claims(now), "exp", now - 3600)));
            case "not-yet-valid" -> bearer(rsaSigned(kid, with(claims(now), "nbf", now + 3600)));
            case "wrong-issuer" -> bearer(rsaSigned(kid, with(claims(now), "iss", "https://evil.example")));
            case "wrong-audience" -> bearer(rsaSigned(kid, with(claims(now), "aud", List.of("someone-else"))));
            case "other-rsa-key" -> bearer(rsaSigned(kid, claims(now)));
            case "unknown-kid" -> bearer(rsaSigned("no-such-key", claims(now)));
            case "no-signature" -> bearer(realToken.substring(0, realToken.lastIndexOf('.') + 1));
            case "tampered-payload" -> {
                String[] parts = realToken.split("\\.");
                JsonNode payload = Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
                Map<String, Object> changed = Http.JSON.convertValue(payload, Map.class);
                changed.put("sub", "someone-else");
                changed.put("roles", List.of("admin", "editor"));
                yield bearer(parts[0] + "." + part(changed) + "." + parts[2]);
            }
            case "basic-auth" -> Optional.of("Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
            case "reader-role" -> bearer(rsaSigned(kid, with(claims(now), "roles", List.of("reader"))));
            default -> throw new IllegalArgumentException("no forgery named " + kind);
        };
    }

    private Map<String, Object> claims(long now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "mallory");
        claims.put("aud", List.of("localnews-api"));
        claims.put("roles", List.of("admin", "editor"));
        claims.put("scope", "newsroom");
        claims.put("iat", now);
        claims.put("exp", now + 600);
        return claims;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        claims.put(name, value);
        return claims;
    }

    private String rsaSigned(String kid, Map<String, Object> claims) throws GeneralSecurityException {
        String input = part(Map.of("alg", "RS256", "kid", kid, "typ", "JWT")) + "." + part(claims);
        return input + "." + URL.encodeToString(sign(otherKey.getPrivate(), input));
    }

    private String hmacSigned(Map<String, Object> header, Map<String, Object> claims) throws GeneralSecurityException {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asString())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asString()))));
        String input = part(header) + "." + part(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));
        return input + "." + URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sign(PrivateKey key, String input) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return signature.sign();
    }

    private static String part(Object json) {
        return URL.encodeToString(Http.write(json).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }
}
