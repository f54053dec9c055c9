package th.localnews.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.localnews.notification.NotificationIntegrationTest;

class SubscriptionApiIT extends NotificationIntegrationTest {

    private static final String INTERESTS = "\"interests\": {\"provinces\": [\"TH-40\"], \"keywords\": [\"น้ำท่วม\"]}";

    @Test
    void createsAWebhookSubscriptionShowingTheSecretOnce() throws Exception {
        Map<String, Object> created = subscribe("{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/hook\", "
                + INTERESTS + "}");

        assertThat(created).containsKeys("id", "manageToken", "secret");
        assertThat((String) created.get("secret")).startsWith("whsec_");
        HttpResponse<String> read = send("GET", "/api/subscriptions/" + created.get("id"), null,
                (String) created.get("manageToken"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"channel\":\"webhook\"").contains("TH-40").doesNotContain("whsec_");
        byte[] stored = jdbc.queryForObject("SELECT manage_token_hash FROM subscription WHERE id = ?::uuid",
                byte[].class, created.get("id"));
        assertThat(stored).hasSize(32).isEqualTo(ManageTokens.hash((String) created.get("manageToken")));
    }

    @Test
    void answersTheSameNotFoundForAWrongTokenAndAnUnknownId() throws Exception {
        Map<String, Object> created = subscribe("{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/hook\", "
                + INTERESTS + "}");

        HttpResponse<String> wrongToken = send("GET", "/api/subscriptions/" + created.get("id"), null, "guess");
        HttpResponse<String> unknownId = send("GET", "/api/subscriptions/5d1f7c8e-0000-4000-8000-000000000000", null,
                "guess");
        HttpResponse<String> noToken = send("GET", "/api/subscriptions/" + created.get("id"), null, null);

        assertThat(wrongToken.statusCode()).isEqualTo(404);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertThat(wrongToken.body()).isEqualTo(unknownId.body().replace("5d1f7c8e-0000-4000-8000-000000000000",
                created.get("id").toString()));
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void deletesWithTheTokenAndUnsubscribesInOneClick() throws Exception {
        Map<String, Object> first = subscribe("{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/a\", "
                + INTERESTS + "}");
        Map<String, Object> second = subscribe("{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/b\", "
                + INTERESTS + "}");

        assertThat(send("DELETE", "/api/subscriptions/" + first.get("id"), null, (String) first.get("manageToken"))
                .statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/unsubscribe?token=" + second.get("manageToken"), "List-Unsubscribe=One-Click",
                null).statusCode()).isEqualTo(204);

        assertThat(send("GET", "/api/subscriptions/" + first.get("id"), null, (String) first.get("manageToken"))
                .statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscription WHERE id IN (?::uuid, ?::uuid)",
                Integer.class, first.get("id"), second.get("id"))).isZero();
        assertThat(send("POST", "/api/unsubscribe?token=" + second.get("manageToken"), "", null).statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"channel\": \"webhook\", \"url\": \"https://169.254.169.254/latest\", " + INTERESTS + "}",
            "{\"channel\": \"webhook\", \"url\": \"https://2130706433/\", " + INTERESTS + "}",
            "{\"channel\": \"webhook\", \"url\": \"https://evil@127.0.0.1/\", " + INTERESTS + "}",
            "{\"channel\": \"webhook\", \"url\": \"ftp://127.0.0.1/\", " + INTERESTS + "}",
            "{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/hook\", \"interests\": {\"provinces\": [\"TH-99\"]}}",
            "{\"channel\": \"webhook\", \"url\": \"http://127.0.0.1:9/hook\", \"interests\": {}}",
            "{\"channel\": \"email\", \"email\": \"no-at-sign\", " + INTERESTS + "}",
            "{\"channel\": \"webpush\", \"subscription\": {\"endpoint\": \"http://127.0.0.1:9/p\", \"keys\": "
                    + "{\"p256dh\": \"AAAA\", \"auth\": \"BTBZMqHH6r4Tts7J_aSIgg\"}}, " + INTERESTS + "}",
            "{\"channel\": \"carrier-pigeon\", " + INTERESTS + "}",
            "{not json"
    })
    void rejectsBadInputWithAProblemAndStoresNothing(String body) throws Exception {
        int before = subscriptionCount();

        HttpResponse<String> response = send("POST", "/api/subscriptions", body, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(subscriptionCount()).isEqualTo(before);
    }

    @Test
    void offersTheVapidPublicKeyForTheWebPage() throws Exception {
        HttpResponse<String> response = send("GET", "/api/subscriptions/vapid-public-key", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        String key = (String) json.readValue(response.body(), Map.class).get("publicKey");
        assertThat(java.util.Base64.getUrlDecoder().decode(key)).hasSize(65).startsWith((byte) 4);
    }
}
