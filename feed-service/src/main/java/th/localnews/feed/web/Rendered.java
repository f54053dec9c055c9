package th.localnews.feed.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.http.MediaType;

/**
 * A response body serialised once, with its strong ETag: a digest of the bytes, so every replica that holds the
 * same view hands out the same tag.
 */
public record Rendered(byte[] body, MediaType mediaType, String etag) {

    public static Rendered of(byte[] body, MediaType mediaType) {
        return new Rendered(body, mediaType, "\"" + digest(body) + "\"");
    }

    private static String digest(byte[] body) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
