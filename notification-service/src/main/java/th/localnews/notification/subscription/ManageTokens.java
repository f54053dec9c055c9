package th.localnews.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Bearer tokens that manage one subscription; only their SHA-256 is stored. */
final class ManageTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageTokens() {
    }

    static String newToken() {
        return randomBase64Url(32);
    }

    static String randomBase64Url(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Constant time, so response timing does not reveal how much of a guessed token was right. */
    static boolean matches(byte[] storedHash, String token) {
        return token != null && MessageDigest.isEqual(storedHash, hash(token));
    }
}
