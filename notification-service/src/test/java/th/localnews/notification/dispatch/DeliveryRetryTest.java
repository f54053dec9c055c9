package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.channel.SendResult.Outcome;

class DeliveryRetryTest {

    private final List<Duration> waits = new ArrayList<>();
    private final DeliveryRetry retry = new DeliveryRetry(new NotificationProperties.Retry(4, Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(60)), waits::add);

    private static Deque<SendResult> answers(SendResult... results) {
        return new ArrayDeque<>(List.of(results));
    }

    private static SendResult retry(Duration retryAfter) {
        return new SendResult(Outcome.RETRY, 503, retryAfter, "HTTP 503");
    }

    @Test
    void retriesWithGrowingJitteredBackoffUntilDelivered() {
        Deque<SendResult> answers = answers(retry(null), retry(null), retry(null),
                new SendResult(Outcome.DELIVERED, 201, null, null));

        SendResult result = retry.run(answers::pop);

        assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(waits.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void waitsAtLeastAsLongAsRetryAfterAsks() {
        Deque<SendResult> answers = answers(retry(Duration.ofSeconds(7)), new SendResult(Outcome.DELIVERED, 201, null,
                null));

        retry.run(answers::pop);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void givesUpAtOnceWhenRetryAfterIsLongerThanTheCap() {
        Deque<SendResult> answers = answers(retry(Duration.ofMinutes(10)));

        SendResult result = retry.run(answers::pop);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(waits).isEmpty();
    }

    @Test
    void stopsAfterMaxAttemptsAndNeverRetriesARejection() {
        Deque<SendResult> failing = answers(retry(null), retry(null), retry(null), retry(null), retry(null));
        assertThat(retry.run(failing::pop).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(failing).hasSize(1);

        waits.clear();
        Deque<SendResult> rejected = answers(new SendResult(Outcome.REJECTED, 400, null, "HTTP 400"));
        assertThat(retry.run(rejected::pop).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(waits).isEmpty();
    }
}
