package th.localnews.notification.channel.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.localnews.testkit.fakes.PushService;

/** Our encryption and VAPID against the fake push service, which decrypts and verifies independently. */
class PushServiceFakeTest {

    private final PushService pushService = PushService.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final VapidKeys keys = new VapidKeys(new VapidProperties("", "", "mailto:alerts@localnews.example",
            Duration.ofHours(12)));
    private final VapidTokens tokens = new VapidTokens(keys, new VapidProperties("", "",
            "mailto:alerts@localnews.example", Duration.ofHours(12)));

    @AfterEach
    void stop() {
        pushService.close();
    }

    private int push(PushService.Subscriber subscriber, byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscriber.endpoint()))
                .header("Content-Encoding", "aes128gcm")
                .header("TTL", "60")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] encrypt(PushService.Subscriber subscriber, String text) {
        return PushEncryption.encrypt(text.getBytes(StandardCharsets.UTF_8), EcP256.decodeBase64Url(subscriber.p256dh()),
                EcP256.decodeBase64Url(subscriber.auth()));
    }

    @Test
    void decryptsWhatWeEncryptAndAcceptsOurVapidToken() throws Exception {
        PushService.Subscriber browser = pushService.newSubscriber();

        int status = push(browser, encrypt(browser, "{\"title\":\"ข่าวด่วน\"}"),
                tokens.authorization(URI.create(browser.endpoint())));

        assertThat(status).isEqualTo(201);
        assertThat(pushService.deliveries(browser.id())).singleElement()
                .satisfies(delivery -> assertThat(delivery.plaintext()).isEqualTo("{\"title\":\"ข่าวด่วน\"}"));
    }

    @Test
    void encryptsEveryMessageWithItsOwnKeyAndSalt() throws Exception {
        PushService.Subscriber browser = pushService.newSubscriber();
        String authorization = tokens.authorization(URI.create(browser.endpoint()));
        byte[] first = encrypt(browser, "ข่าวด่วน");
        byte[] second = encrypt(browser, "ข่าวด่วน");

        assertThat(push(browser, first, authorization)).isEqualTo(201);
        assertThat(push(browser, second, authorization)).isEqualTo(201);

        assertThat(pushService.deliveries(browser.id())).extracting(PushService.Delivery::plaintext)
                .containsExactly("ข่าวด่วน", "ข่าวด่วน");
        // RFC 8188 header: salt (16), record size (4), key length (1), the sender's public key (65)
        assertThat(Arrays.copyOfRange(first, 0, 16)).isNotEqualTo(Arrays.copyOfRange(second, 0, 16));
        assertThat(Arrays.copyOfRange(first, 21, 86)).isNotEqualTo(Arrays.copyOfRange(second, 21, 86));
    }

    @Test
    void refusesPushesWithoutVapidOrForAnotherSubscriberOrAnotherAudience() throws Exception {
        PushService.Subscriber browser = pushService.newSubscriber();
        PushService.Subscriber other = pushService.newSubscriber();
        String authorization = tokens.authorization(URI.create(browser.endpoint()));

        assertThat(push(browser, encrypt(browser, "x"), null)).isEqualTo(400);
        assertThat(push(browser, encrypt(other, "x"), authorization)).isEqualTo(400);
        assertThat(push(browser, encrypt(browser, "x"), tokens.authorization(URI.create("https://elsewhere.example/p"))))
                .isEqualTo(400);
        assertThat(pushService.rejected()).isEqualTo(3);
        assertThat(pushService.deliveries(browser.id())).isEmpty();
    }
}
