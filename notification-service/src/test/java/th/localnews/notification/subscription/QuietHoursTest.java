package th.localnews.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void nightWindowRunsAcrossMidnightInBangkokTime() {
        // 15:00 UTC = 22:00 in Bangkok (UTC+7, no daylight saving)
        assertThat(NIGHT.contains(Instant.parse("2026-03-01T15:00:00Z"), BANGKOK)).isTrue();
        assertThat(NIGHT.contains(Instant.parse("2026-03-01T14:59:59Z"), BANGKOK)).isFalse();
        // 17:30 UTC = 00:30 the next day in Bangkok
        assertThat(NIGHT.contains(Instant.parse("2026-03-01T17:30:00Z"), BANGKOK)).isTrue();
        // 23:59 UTC = 06:59, 00:00 UTC = 07:00 in Bangkok: the end is exclusive
        assertThat(NIGHT.contains(Instant.parse("2026-03-01T23:59:00Z"), BANGKOK)).isTrue();
        assertThat(NIGHT.contains(Instant.parse("2026-03-02T00:00:00Z"), BANGKOK)).isFalse();
        assertThat(NIGHT.contains(Instant.parse("2026-03-02T05:00:00Z"), BANGKOK)).isFalse();
    }

    @Test
    void sameInstantIsQuietInBangkokButNotInUtc() {
        Instant utcAfternoon = Instant.parse("2026-03-01T16:00:00Z");

        assertThat(NIGHT.contains(utcAfternoon, BANGKOK)).isTrue();
        assertThat(NIGHT.contains(utcAfternoon, ZoneId.of("UTC"))).isFalse();
    }

    @Test
    void daytimeWindowDoesNotWrap() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(lunch.contains(Instant.parse("2026-03-01T05:30:00Z"), BANGKOK)).isTrue();
        assertThat(lunch.contains(Instant.parse("2026-03-01T06:00:00Z"), BANGKOK)).isFalse();
        assertThat(lunch.contains(Instant.parse("2026-03-01T04:59:00Z"), BANGKOK)).isFalse();
    }

    @Test
    void equalStartAndEndMeansNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        assertThat(none.contains(Instant.parse("2026-03-01T17:00:00Z"), BANGKOK)).isFalse();
        assertThat(none.contains(Instant.parse("2026-03-01T05:00:00Z"), BANGKOK)).isFalse();
    }
}
