package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import th.localnews.notification.channel.Alert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Dispatch records in both forms: the planner's batches and single alerts (older records, dead letters). */
class AlertReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Alert alert(UUID subscriber, String title) {
        return new Alert(subscriber, 7, title, "สรุปข่าว", "https://example.test/articles/7/x", "local-government",
                List.of("TH-40"), true, Instant.parse("2026-12-02T21:00:00Z"));
    }

    @Test
    void aBatchIsTheAlertForEachOfItsSubscribersAndASingleAlertIsItself() {
        AlertReader reader = new AlertReader(JSON);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String batch = JSON.writeValueAsString(new AlertBatch(List.of(first, second), alert(null, "ข่าวแรก")));
        Alert single = alert(UUID.randomUUID(), "ข่าวที่สอง");

        assertThat(reader.read(batch)).containsExactly(alert(first, "ข่าวแรก"), alert(second, "ข่าวแรก"));
        assertThat(reader.read(JSON.writeValueAsString(single))).containsExactly(single);
    }

    @Test
    void aBatchWithoutItsAlertOrSubscribersOrWithABadIdIsUnreadable() {
        AlertReader reader = new AlertReader(JSON);
        String alert = JSON.writeValueAsString(alert(null, "ข่าว"));
        for (String value : List.of("{\"subscriptionIds\":[\"" + UUID.randomUUID() + "\"]}",
                "{\"subscriptionIds\":null,\"alert\":" + alert + "}",
                "{\"subscriptionIds\":[\"not-a-uuid\"],\"alert\":" + alert + "}",
                "{\"subscriptionIds\":[\"" + UUID.randomUUID() + "\"],\"alert\":")) {
            assertThatThrownBy(() -> reader.read(value)).as(value).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void aHeldBackOrDeadAlertIsThatSubscribersAlertAloneInEitherForm() {
        UUID subscriber = UUID.randomUUID();
        Alert alert = alert(subscriber, "ข่าว");
        String batch = JSON.writeValueAsString(new AlertBatch(List.of(UUID.randomUUID(), subscriber), alert(null, "ข่าว")));
        String single = JSON.writeValueAsString(alert);

        for (String value : List.of(batch, single)) {
            PlannedAlert planned = new PlannedAlert(alert, new ConsumerRecord<>("notification-dispatch", 0, 0, null, value), JSON);
            assertThat(JSON.readValue(planned.alertJson(), Alert.class)).isEqualTo(alert);
        }
    }
}
