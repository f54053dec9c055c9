package th.localnews.notification.channel.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PushEncryptionTest {

    /** RFC 8291 appendix A. */
    @Test
    void encryptsTheRfc8291ExampleByteForByte() {
        KeyPair server = new KeyPair(
                EcP256.publicKey(EcP256.decodeBase64Url(
                        "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8")),
                EcP256.privateKey(EcP256.decodeBase64Url("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")));

        byte[] body = PushEncryption.encrypt("When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8),
                EcP256.decodeBase64Url(
                        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
                EcP256.decodeBase64Url("BTBZMqHH6r4Tts7J_aSIgg"), server,
                EcP256.decodeBase64Url("DGv6ra1nlYgDCS1FRnbzlw"));

        assertThat(EcP256.base64Url(body)).isEqualTo("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZI"
                + "IgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj"
                + "_Qulcy4a-fN");
    }

    @Test
    void refusesAUserAgentKeyThatIsNotOnTheCurve() {
        byte[] notOnCurve = new byte[65];
        notOnCurve[0] = 4;
        notOnCurve[64] = 1;

        assertThatThrownBy(() -> EcP256.publicKey(notOnCurve)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushEncryption.encrypt(new byte[] { 1 }, notOnCurve, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushEncryption.encrypt(new byte[] { 1 }, Arrays.copyOf(notOnCurve, 33), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
