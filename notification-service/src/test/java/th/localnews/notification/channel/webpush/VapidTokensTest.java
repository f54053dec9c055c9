package th.localnews.notification.channel.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import th.localnews.testkit.MutableClock;

class VapidTokensTest {

    private final VapidKeys keys = new VapidKeys(new VapidProperties("", "", "mailto:alerts@localnews.example",
            Duration.ofHours(12)));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final VapidTokens tokens = new VapidTokens(keys, "mailto:alerts@localnews.example", clock);

    @Test
    void signsOncePerPushServiceOriginAndReusesTheToken() {
        String first = tokens.authorization(URI.create("https://fcm.googleapis.com/fcm/send/abc"));
        String second = tokens.authorization(URI.create("https://fcm.googleapis.com/fcm/send/def"));
        String other = tokens.authorization(URI.create("https://updates.push.services.mozilla.com/wpush/v2/x"));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void renewsTheTokenAnHourBeforeItExpires() {
        URI endpoint = URI.create("https://fcm.googleapis.com/fcm/send/abc");
        String first = tokens.authorization(endpoint);

        clock.advance(VapidTokens.LIFETIME.minusMinutes(61));
        assertThat(tokens.authorization(endpoint)).isEqualTo(first);
        clock.advance(Duration.ofMinutes(2));
        assertThat(tokens.authorization(endpoint)).isNotEqualTo(first);
    }

    @Test
    void tokenIsAnEs256JwtForTheOriginVerifiableWithTheAdvertisedKey() throws Exception {
        String authorization = tokens.authorization(URI.create("https://push.example.net:8443/p/1"));

        String token = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String key = authorization.substring(authorization.indexOf(", k=") + 4);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(EcP256.publicKey(EcP256.decodeBase64Url(key)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(claims).contains("\"aud\":\"https://push.example.net:8443\"")
                .contains("\"exp\":" + clock.instant().plus(VapidTokens.LIFETIME).getEpochSecond())
                .contains("\"sub\":\"mailto:alerts@localnews.example\"");
        assertThat(key).isEqualTo(keys.publicKeyBase64Url());
    }
}
