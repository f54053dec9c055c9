package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import th.localnews.notification.channel.Alert;
import tools.jackson.databind.json.JsonMapper;

/** The story's alert is written to JSON once; each subscriber's record must still be what the mapper writes. */
class DispatchPlannerRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Function<UUID, Alert> story(String title, String summary) {
        return id -> new Alert(id, 42, title, summary, "https://example.test/articles/42/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7",
                "local-government", List.of("TH-40", "TH-10"), true, Instant.parse("2026-12-02T21:00:00.123Z"));
    }

    @Test
    void eachRecordIsTheMappersJsonForItsSubscriberWithItsKeyAndThePlanningTrace() {
        Function<UUID, Alert> alerts = story("น้ำท่วม \"ขอนแก่น\" \\ ด่วน", "สรุป\nข่าว");
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        DispatchPlanner.AlertRecords records = new DispatchPlanner.AlertRecords(JSON, alerts,
                Map.of("traceparent", traceparent));

        for (int i = 0; i < 3; i++) {
            UUID subscriber = UUID.randomUUID();
            ProducerRecord<String, String> record = records.record("notification-dispatch", subscriber);

            assertThat(record.topic()).isEqualTo("notification-dispatch");
            assertThat(record.key()).isEqualTo(subscriber.toString());
            assertThat(record.value()).isEqualTo(JSON.writeValueAsString(alerts.apply(subscriber)));
            assertThat(JSON.readValue(record.value(), Alert.class)).isEqualTo(alerts.apply(subscriber));
            assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .isEqualTo(traceparent);
        }
    }

    @Test
    void aStoryThatHappensToContainTheIdTextIsStillWrittenRight() {
        UUID subscriber = UUID.randomUUID();
        // the summary quotes the subscriber's own id: a text substitution must not touch it
        Function<UUID, Alert> alerts = story("ข่าว", "รหัส " + subscriber);
        DispatchPlanner.AlertRecords records = new DispatchPlanner.AlertRecords(JSON, alerts, Map.of());

        ProducerRecord<String, String> record = records.record("notification-dispatch", subscriber);

        assertThat(record.value()).isEqualTo(JSON.writeValueAsString(alerts.apply(subscriber)));
        assertThat(record.headers().toArray()).isEmpty();
    }
}
