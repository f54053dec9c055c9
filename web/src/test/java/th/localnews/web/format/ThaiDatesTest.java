package th.localnews.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    private static final Instant NOW = Instant.parse("2024-02-14T10:00:00Z");
    private final ThaiDates dates = new ThaiDates(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void formatsTheDateInTheBuddhistEraInBangkok() {
        assertThat(dates.date(NOW)).isEqualTo("14 กุมภาพันธ์ 2567");
    }

    @Test
    void usesTheBangkokDayNotTheUtcDay() {
        assertThat(dates.date(Instant.parse("2024-02-13T18:30:00Z"))).isEqualTo("14 กุมภาพันธ์ 2567");
        assertThat(dates.dateTime(Instant.parse("2024-02-13T18:30:00Z"))).isEqualTo("14 กุมภาพันธ์ 2567 01:30 น.");
    }

    @Test
    void saysMinutesAgoForAFreshStory() {
        assertThat(dates.relative(NOW.minus(Duration.ofMinutes(5)))).isEqualTo("5 นาทีที่แล้ว");
    }

    @Test
    void saysJustNowUnderAMinute() {
        assertThat(dates.relative(NOW.minusSeconds(20))).isEqualTo("เมื่อสักครู่");
    }

    @Test
    void saysHoursAgoWithinTheDay() {
        assertThat(dates.relative(NOW.minus(Duration.ofHours(3)).minusSeconds(59 * 60))).isEqualTo("3 ชั่วโมงที่แล้ว");
    }

    @Test
    void saysNothingRelativeForOlderOrFutureStories() {
        assertThat(dates.relative(NOW.minus(Duration.ofDays(2)))).isEmpty();
        assertThat(dates.relative(NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void writesIsoWithTheBangkokOffset() {
        assertThat(dates.iso(NOW)).isEqualTo("2024-02-14T17:00:00+07:00");
    }
}
