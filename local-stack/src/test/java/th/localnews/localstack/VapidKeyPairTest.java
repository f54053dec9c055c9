package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.AlgorithmParameters;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VapidKeyPairTest {

    @TempDir
    Path home;

    @Test
    void makesAUsableP256PairInTheWebPushEncodingAndKeepsIt() throws Exception {
        VapidKeyPair keys = VapidKeyPair.loadOrCreate(home, new SecureRandom());

        byte[] point = Base64.getUrlDecoder().decode(keys.publicKey());
        byte[] scalar = Base64.getUrlDecoder().decode(keys.privateKey());
        assertThat(point).hasSize(65).startsWith((byte) 0x04);
        assertThat(scalar).hasSize(32);
        assertThat(signsAndVerifies(point, scalar)).isTrue();
        assertThat(VapidKeyPair.loadOrCreate(home, new SecureRandom())).isEqualTo(keys);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("vapid-keys.env"))))
                .isEqualTo("rw-------");
    }

    @Test
    void neverPrintsThePrivateKey() {
        VapidKeyPair keys = VapidKeyPair.loadOrCreate(home, new SecureRandom());

        assertThat(keys.toString()).doesNotContain(keys.privateKey());
    }

    /** The two halves belong together: what the private scalar signs, the public point verifies. */
    private static boolean signsAndVerifies(byte[] point, byte[] scalar) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        KeyFactory factory = KeyFactory.getInstance("EC");
        ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65))), spec));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), spec)));
        byte[] message = "ทดสอบ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
