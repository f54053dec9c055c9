package th.localnews.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.localnews.notification.NotificationIntegrationTest;

/** Asynchronous hard bounces reported to {@code POST /api/internal/bounces}. */
class BounceReportIT extends NotificationIntegrationTest {

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(Map<String, Object> created) throws Exception {
        HttpResponse<String> read = send("GET", "/api/subscriptions/" + created.get("id"), null,
                (String) created.get("manageToken"));
        assertThat(read.statusCode()).isEqualTo(200);
        return json.readValue(read.body(), Map.class);
    }

    @Test
    void reportedBounceDisablesTheAddressWithAReason() throws Exception {
        String address = "bounce-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> created = subscribe("{\"channel\": \"email\", \"email\": \"" + address + "\", "
                + "\"interests\": {\"all\": true}}");

        HttpResponse<String> reported = send("POST", "/api/internal/bounces", "{\"address\": \""
                + address.toUpperCase(Locale.ROOT) + "\", \"reason\": \"5.1.1 user unknown\"}", null);

        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).contains("\"disabled\":1");
        Map<String, Object> subscription = read(created);
        assertThat(subscription).containsEntry("status", "disabled");
        assertThat((String) subscription.get("disabledReason")).contains("อีเมลตีกลับถาวร").contains("5.1.1 user unknown")
                .contains("bounced permanently");
    }

    @Test
    void reportNamingNothingIsRefusedAndUnknownDeliveryChangesNothing() throws Exception {
        HttpResponse<String> empty = send("POST", "/api/internal/bounces", "{}", null);
        HttpResponse<String> unknown = send("POST", "/api/internal/bounces", "{\"deliveryId\": \"msg_unknown\"}", null);

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("\"disabled\":0");
    }
}
