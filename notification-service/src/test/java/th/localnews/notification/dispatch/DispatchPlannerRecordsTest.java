package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import th.localnews.notification.channel.Alert;
import tools.jackson.databind.json.JsonMapper;

/** The story's alert is written to JSON once; each record must read back as that alert for each of its subscribers. */
class DispatchPlannerRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Alert story(UUID subscriber, String title, String summary) {
        return new Alert(subscriber, 42, title, summary, "https://example.test/articles/42/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7",
                "local-government", List.of("TH-40", "TH-10"), true, Instant.parse("2026-12-02T21:00:00.123Z"));
    }

    @Test
    void aRecordReadsBackAsTheStorysAlertForEachOfItsSubscribersInOrderWithThePlanningTrace() {
        String title = "น้ำท่วม \"ขอนแก่น\" \\ ด่วน";
        String summary = "สรุป\nข่าว \"subscriptionIds\":[]";
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        DispatchPlanner.AlertRecords records = new DispatchPlanner.AlertRecords(JSON, story(null, title, summary),
                Map.of("traceparent", traceparent), "notification-dispatch", 6);
        List<UUID> subscribers = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID()).toList();

        ProducerRecord<String, String> record = records.record(4, subscribers);

        assertThat(record.topic()).isEqualTo("notification-dispatch");
        assertThat(record.partition()).isEqualTo(4);
        assertThat(new AlertReader(JSON).read(record.value()))
                .containsExactlyElementsOf(subscribers.stream().map(id -> story(id, title, summary)).toList());
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo(traceparent);
    }

    @Test
    void aSubscribersRecordsGoToThePartitionItsIdKeysToSoItsAlertsStayInOrder() {
        DispatchPlanner.AlertRecords records = new DispatchPlanner.AlertRecords(JSON, story(null, "ข่าว", "สรุป"),
                Map.of(), "notification-dispatch", 6);
        for (int i = 0; i < 100; i++) {
            UUID subscriber = UUID.randomUUID();
            // what the producer's default partitioner does with the key the records had before batches
            assertThat(records.partition(subscriber)).isEqualTo(
                    BuiltInPartitioner.partitionForKey(subscriber.toString().getBytes(StandardCharsets.UTF_8), 6));
        }
    }
}
