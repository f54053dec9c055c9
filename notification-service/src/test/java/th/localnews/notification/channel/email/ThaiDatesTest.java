package th.localnews.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void writesBangkokTimeInTheBuddhistEra() {
        assertThat(ThaiDates.format(Instant.parse("2024-02-14T03:00:00Z"))).isEqualTo("14 กุมภาพันธ์ 2567 10:00 น.");
    }

    @Test
    void crossesMidnightAndTheYearInBangkokNotUtc() {
        assertThat(ThaiDates.format(Instant.parse("2023-12-31T18:30:00Z"))).isEqualTo("1 มกราคม 2567 01:30 น.");
    }
}
