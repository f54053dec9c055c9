package th.localnews.notification.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.localnews.testkit.fakes.WebhookReceiver;

/** Our signatures against the fake receiver, which verifies them as a careful receiver would. */
class WebhookReceiverFakeTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String secret = WebhookSecrets.newSecret();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private int post(String id, long timestamp, String signature) throws Exception {
        byte[] body = "{\"type\":\"article.published\"}".getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(receiver.url("hook")))
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature == null ? WebhookSecrets.sign(secret, id, timestamp, body) : signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void acceptsOurSignatureAndCountsResendsOfOneId() throws Exception {
        receiver.trust("hook", secret);
        long now = Instant.now().getEpochSecond();

        assertThat(post("msg_1", now, null)).isEqualTo(204);
        assertThat(post("msg_1", now + 1, null)).isEqualTo(204);

        assertThat(receiver.count("msg_1")).isEqualTo(2);
        assertThat(receiver.rejected()).isZero();
    }

    @Test
    void refusesForgedStaleOrUntrustedMessages() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertThat(post("msg_2", now, null)).isEqualTo(401);
        receiver.trust("hook", secret);

        assertThat(post("msg_2", now, "v1,AAAA")).isEqualTo(401);
        assertThat(post("msg_2", now - 3600, null)).isEqualTo(401);
        assertThat(post("msg_2", now, WebhookSecrets.sign(WebhookSecrets.newSecret(), "msg_2", now,
                "{\"type\":\"article.published\"}".getBytes(StandardCharsets.UTF_8)))).isEqualTo(401);

        assertThat(receiver.rejected()).isEqualTo(4);
        assertThat(receiver.deliveries("hook")).isEmpty();
    }
}
