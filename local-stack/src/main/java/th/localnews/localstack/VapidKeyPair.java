package th.localnews.localstack;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

/**
 * The local stack's VAPID key pair (RFC 8292) for Web Push, made once and kept: browsers tie a push subscription to
 * the public key, so a key made anew at every start would silently break every subscription made before it.
 * Stored as Web Push tools write them: the public key as a 65-byte uncompressed P-256 point and the private key as
 * its 32-byte scalar, both base64url.
 */
record VapidKeyPair(String publicKey, String privateKey) {

    static final String FILE_NAME = "vapid-keys.env";
    static final String PUBLIC_VARIABLE = "NOTIFICATION_VAPID_PUBLIC_KEY";
    static final String PRIVATE_VARIABLE = "NOTIFICATION_VAPID_PRIVATE_KEY";
    private static final String HEADER = """
            # localnews Web Push (VAPID) keys of this machine, made by the first ./localnews up.
            # Deleting this file invalidates every browser's push subscription to the local stack.
            """;

    static VapidKeyPair loadOrCreate(Path home, SecureRandom random) {
        Map<String, String> values = EnvFile.loadOrFill(home.resolve(FILE_NAME), HEADER, entries -> {
            if (!entries.containsKey(PUBLIC_VARIABLE) || !entries.containsKey(PRIVATE_VARIABLE)) {
                KeyPair pair = generate(random);
                entries.put(PUBLIC_VARIABLE, base64Url(uncompressed((ECPublicKey) pair.getPublic())));
                entries.put(PRIVATE_VARIABLE, base64Url(fixed32(((ECPrivateKey) pair.getPrivate()).getS())));
            }
        });
        return new VapidKeyPair(values.get(PUBLIC_VARIABLE), values.get(PRIVATE_VARIABLE));
    }

    Map<String, String> asEnvironment() {
        return Map.of(PUBLIC_VARIABLE, publicKey, PRIVATE_VARIABLE, privateKey);
    }

    @Override
    public String toString() {
        return "VapidKeyPair[publicKey=" + publicKey + "]";
    }

    private static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 0x04;
        System.arraycopy(fixed32(key.getW().getAffineX()), 0, point, 1, 32);
        System.arraycopy(fixed32(key.getW().getAffineY()), 0, point, 33, 32);
        return point;
    }

    /** BigInteger drops leading zeros and may add a sign byte; a coordinate is always exactly 32 bytes. */
    private static byte[] fixed32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
