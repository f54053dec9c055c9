package th.localnews.web.newsroom.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.localnews.web.newsroom.stories.BuddhistEraSchedule.ScheduleInputException;

class BuddhistEraScheduleTest {

    @Test
    void readsABuddhistEraDateInBangkokAsAnInstant() {
        assertThat(new BuddhistEraSchedule(14, 2, 2567, "17:00").toInstant())
                .isEqualTo(Instant.parse("2024-02-14T10:00:00Z"));
        assertThat(new BuddhistEraSchedule(1, 1, 2570, "0:05").toInstant())
                .isEqualTo(Instant.parse("2026-12-31T17:05:00Z"));
    }

    @Test
    void showsAScheduledInstantBackInTheBuddhistEra() {
        BuddhistEraSchedule shown = BuddhistEraSchedule.of(Instant.parse("2026-12-31T17:05:00Z"));

        assertThat(shown).isEqualTo(new BuddhistEraSchedule(1, 1, 2570, "00:05"));
        assertThat(shown.monthName()).isEqualTo("มกราคม");
    }

    @Test
    void suggestsTheNextFullHourInBangkok() {
        assertThat(BuddhistEraSchedule.suggested(Instant.parse("2026-12-02T16:38:00Z")))
                .isEqualTo(new BuddhistEraSchedule(3, 12, 2569, "00:00"));
    }

    @Test
    void refusesADateThatDoesNotExistInThai() {
        assertThatThrownBy(() -> new BuddhistEraSchedule(29, 2, 2570, "08:00").toInstant())
                .isInstanceOf(ScheduleInputException.class).hasMessage("ไม่มีวันที่ 29 กุมภาพันธ์ 2570");
        // 2567 (2024) is a leap year
        assertThat(new BuddhistEraSchedule(29, 2, 2567, "08:00").toInstant()).isEqualTo(Instant.parse("2024-02-29T01:00:00Z"));
    }

    @Test
    void refusesAGregorianYearAndAnUnreadableTime() {
        assertThatThrownBy(() -> new BuddhistEraSchedule(1, 3, 2026, "08:00").toInstant())
                .isInstanceOf(ScheduleInputException.class).hasMessageStartingWith("ปีต้องเป็นปีพุทธศักราช");
        assertThatThrownBy(() -> new BuddhistEraSchedule(1, 3, 2570, "8 โมง").toInstant())
                .isInstanceOf(ScheduleInputException.class).hasMessageContaining("ชั่วโมง:นาที");
    }
}
