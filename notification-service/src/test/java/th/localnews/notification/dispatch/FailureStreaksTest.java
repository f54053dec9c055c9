package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.localnews.notification.NotificationProperties;

class FailureStreaksTest {

    private final FailureStreaks streaks = new FailureStreaks(null, new NotificationProperties(null, false, null, null,
            null, null, null, new NotificationProperties.Failures(20, Duration.ofHours(24))));

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void disablesAfterTheConfiguredRunOfFailures() {
        assertThat(streaks.tooMany(19)).isFalse();
        assertThat(streaks.tooMany(20)).isTrue();
    }

    @Test
    void disablesOnceFailingForTheWholeWindow() {
        assertThat(streaks.failingTooLong(3, NOW.minus(Duration.ofHours(23)), NOW)).isFalse();
        assertThat(streaks.failingTooLong(3, NOW.minus(Duration.ofHours(24)), NOW)).isTrue();
    }

    @Test
    void oneFailureIsNotAPatternHoweverOld() {
        assertThat(streaks.failingTooLong(1, NOW.minus(Duration.ofDays(3)), NOW)).isFalse();
    }
}
