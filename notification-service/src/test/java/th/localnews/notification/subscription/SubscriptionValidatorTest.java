package th.localnews.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import th.localnews.notification.outbound.OutboundUrlGuard;

class SubscriptionValidatorTest {

    private static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    private final SubscriptionValidator validator = new SubscriptionValidator(new OutboundUrlGuard(false,
            host -> new InetAddress[] { InetAddress.getByName("93.184.216.34") }));

    private static SubscribeRequest.InterestsRequest provinces(String... codes) {
        return new SubscribeRequest.InterestsRequest(false, false, null, List.of(codes), null, null);
    }

    private static SubscribeRequest push(String endpoint, String p256dh, String auth) {
        return new SubscribeRequest("webpush", null, null, new SubscribeRequest.PushSubscription(endpoint,
                new SubscribeRequest.PushSubscription.Keys(p256dh, auth)), provinces("TH-40"));
    }

    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (ErrorResponseException e) {
            assertThat(e.getStatusCode().value()).isEqualTo(400);
            return (String) e.getBody().getProperties().get("field");
        }
        throw new AssertionError("expected a 400 problem");
    }

    @Test
    void acceptsAWellFormedPushSubscription() {
        SubscriptionValidator.NewSubscription valid = validator.validate(push("https://fcm.googleapis.com/fcm/send/x",
                P256DH, AUTH));

        assertThat(valid.channel()).isEqualTo(Channel.WEBPUSH);
        assertThat(valid.interests().provinces()).containsExactly("TH-40");
    }

    @Test
    void rejectsMalformedPushSubscriptions() {
        String shortKey = P256DH.substring(0, 60);
        String offCurve = P256DH.substring(0, P256DH.length() - 2) + "AA";
        assertThat(fieldOf(() -> validator.validate(push("https://fcm.googleapis.com/x", shortKey, AUTH))))
                .isEqualTo("subscription.keys.p256dh");
        assertThat(fieldOf(() -> validator.validate(push("https://fcm.googleapis.com/x", offCurve, AUTH))))
                .isEqualTo("subscription.keys.p256dh");
        assertThat(fieldOf(() -> validator.validate(push("https://fcm.googleapis.com/x", P256DH, "AAAA"))))
                .isEqualTo("subscription.keys.auth");
        assertThat(fieldOf(() -> validator.validate(push("http://fcm.googleapis.com/x", P256DH, AUTH))))
                .isEqualTo("subscription.endpoint");
    }

    @Test
    void rejectsUnknownProvincesBadEmailsAndEmptyInterests() {
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null,
                null, provinces("TH-99"))))).isEqualTo("interests.provinces");
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("email", null, "not-an-address", null,
                provinces("TH-40"))))).isEqualTo("email");
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null,
                null, provinces())))).isEqualTo("interests");
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("sms", null, null, null, provinces("TH-40")))))
                .isEqualTo("channel");
    }

    @Test
    void rejectsAddressesAMailServerWouldRefuseAndKeepsOrdinaryOnes() {
        for (String bad : List.of("a@example..com", "a@-example.com", "a@example-.com", ".a@example.com",
                "a.@example.com", "a..b@example.com", "a@example.c", "a b@example.com", "a@localhost")) {
            assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("email", null, bad, null,
                    provinces("TH-40"))))).as(bad).isEqualTo("email");
        }
        for (String good : List.of("somchai.j@example.co.th", "news+alerts@mail-relay.example.org", "x@a.io")) {
            assertThat(validator.validate(new SubscribeRequest("email", null, good, null, provinces("TH-40")))
                    .target()).isEqualTo(good);
        }
    }

    @Test
    void acceptsPattayaAndNormalisesCodes() {
        assertThat(validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null, null,
                provinces("th-s", "TH-10"))).interests().provinces()).containsExactly("TH-S", "TH-10");
        assertThatThrownBy(() -> validator.validate(null)).isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void acceptsQuietHoursAcrossMidnightAndRefusesMalformedOnes() {
        assertThat(validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null, null,
                provinces("TH-40"), new SubscribeRequest.QuietHoursRequest("22:30", "06:00"))).quietHours())
                .isEqualTo(new QuietHours(java.time.LocalTime.of(22, 30), java.time.LocalTime.of(6, 0)));
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null,
                null, provinces("TH-40"), new SubscribeRequest.QuietHoursRequest("25:00", "06:00")))))
                .isEqualTo("quietHours");
        assertThat(fieldOf(() -> validator.validate(new SubscribeRequest("webhook", "https://hooks.example.org/x", null,
                null, provinces("TH-40"), new SubscribeRequest.QuietHoursRequest("22:00", null)))))
                .isEqualTo("quietHours");
    }
}
