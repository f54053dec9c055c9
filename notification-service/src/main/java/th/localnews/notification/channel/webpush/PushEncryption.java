package th.localnews.notification.channel.webpush;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * RFC 8291 message encryption for Web Push with the {@code aes128gcm} content coding (RFC 8188): a fresh
 * ECDH key pair and salt per message, one record holding the whole payload.
 * <p>
 * The per-message P-256 arithmetic (the key pair and the ECDH) is Bouncy Castle's, on its special-form P-256
 * curve with a precomputed comb for the base point: 0.4 ms a message against 2.1–2.6 ms with the JDK's
 * {@code KeyPairGenerator} + {@code KeyAgreement} on JDK 17 (1.7 ms on JDK 25), and those two were nearly all
 * of a Web Push delivery's CPU (docs/benchmarks.md, P4). HKDF and AES-GCM stay on the JDK's providers, whose
 * AES-GCM has CPU intrinsics. The ephemeral key is still fresh for every message, as RFC 8291 §3.1 asks.
 */
final class PushEncryption {

    private static final int RECORD_SIZE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ECDomainParameters P256 = new ECDomainParameters(CustomNamedCurves.getByName("secp256r1"));
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);

    private PushEncryption() {
    }

    static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret) {
        if (plaintext.length > RECORD_SIZE - 17 - 86) {
            throw new IllegalArgumentException("payload too large for one Web Push record");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(P256, RANDOM));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return encrypt(plaintext, userAgentPublic, authSecret, (ECPrivateKeyParameters) pair.getPrivate(),
                ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false), salt);
    }

    /** With a given server key pair and salt: for the RFC's example. */
    static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, KeyPair serverPair, byte[] salt) {
        BigInteger d = ((ECPrivateKey) serverPair.getPrivate()).getS();
        byte[] asPublic = new FixedPointCombMultiplier().multiply(P256.getG(), d).getEncoded(false);
        return encrypt(plaintext, userAgentPublic, authSecret, new ECPrivateKeyParameters(d, P256), asPublic, salt);
    }

    private static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret,
            ECPrivateKeyParameters serverPrivate, byte[] asPublic, byte[] salt) {
        ECDHBasicAgreement ecdh = new ECDHBasicAgreement();
        ecdh.init(serverPrivate);
        byte[] ecdhSecret = BigIntegers.asUnsignedByteArray(32, ecdh.calculateAgreement(userAgentKey(userAgentPublic)));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] ikm = hkdf(mac, authSecret, ecdhSecret, concat(KEY_INFO, userAgentPublic, asPublic), 32);
            byte[] prk = extract(mac, salt, ikm);
            byte[] cek = expand(mac, prk, CEK_INFO, 16);
            byte[] nonce = expand(mac, prk, NONCE_INFO, 12);

            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            // 0x02: the delimiter of the last (and only) record
            byte[] ciphertext = gcm.doFinal(concat(plaintext, new byte[] { 2 }));

            return ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length)
                    .put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Web Push encryption failed", e);
        }
    }

    /** @throws IllegalArgumentException unless the bytes are an uncompressed P-256 point on the curve */
    private static ECPublicKeyParameters userAgentKey(byte[] uncompressed) {
        if (uncompressed == null || uncompressed.length != 65 || uncompressed[0] != 0x04) {
            throw new IllegalArgumentException("expected a 65-byte uncompressed P-256 point");
        }
        // decodePoint and the parameters' validation refuse a point that is off the curve or at infinity
        return new ECPublicKeyParameters(P256.getCurve().decodePoint(uncompressed), P256);
    }

    /** HKDF-SHA-256 (RFC 5869) for outputs of at most one block, which is all RFC 8291 needs. */
    private static byte[] hkdf(Mac mac, byte[] salt, byte[] ikm, byte[] info, int length)
            throws GeneralSecurityException {
        return expand(mac, extract(mac, salt, ikm), info, length);
    }

    private static byte[] extract(Mac mac, byte[] salt, byte[] ikm) throws GeneralSecurityException {
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        return mac.doFinal(ikm);
    }

    private static byte[] expand(Mac mac, byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        byte[] okm = mac.doFinal(new byte[] { 1 });
        byte[] out = new byte[length];
        System.arraycopy(okm, 0, out, 0, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }
}
