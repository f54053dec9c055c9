package th.localnews.web.newsroom.stories;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The schedule form: day, Thai month and Buddhist-era year as a Thai editor writes a date, a 24-hour time, all in
 * Asia/Bangkok, turned into the instant the API wants. Thailand has no daylight saving, so every local time is
 * exactly one instant.
 */
record BuddhistEraSchedule(int day, int month, int yearBe, String time) {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final int ERA_OFFSET = 543;
    /** 08:30 or 8:30 */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

    /** The form's starting values: the next full hour from now. */
    static BuddhistEraSchedule suggested(Instant now) {
        ZonedDateTime next = now.atZone(BANGKOK).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new BuddhistEraSchedule(next.getDayOfMonth(), next.getMonthValue(), next.getYear() + ERA_OFFSET,
                String.format("%02d:00", next.getHour()));
    }

    static BuddhistEraSchedule of(Instant at) {
        ZonedDateTime local = at.atZone(BANGKOK);
        return new BuddhistEraSchedule(local.getDayOfMonth(), local.getMonthValue(), local.getYear() + ERA_OFFSET,
                String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    /** @throws ScheduleInputException with the Thai reason when the date does not exist or the time is unreadable */
    Instant toInstant() {
        if (yearBe < 2500 || yearBe > 2700) {
            throw new ScheduleInputException("ปีต้องเป็นปีพุทธศักราช เช่น " + (LocalDate.now(BANGKOK).getYear() + ERA_OFFSET));
        }
        LocalDate date;
        try {
            date = LocalDate.of(yearBe - ERA_OFFSET, month, day);
        } catch (DateTimeException e) {
            throw new ScheduleInputException("ไม่มีวันที่ " + day + " " + monthName() + " " + yearBe);
        }
        LocalTime clock;
        try {
            clock = LocalTime.parse(time == null ? "" : time.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new ScheduleInputException("เวลาต้องอยู่ในรูปแบบ ชั่วโมง:นาที เช่น 08:30");
        }
        return date.atTime(clock).atZone(BANGKOK).toInstant();
    }

    String monthName() {
        return month >= 1 && month <= 12 ? MONTHS.get(month - 1) : "เดือนที่ " + month;
    }

    /** Thrown with a sentence the editor can act on. */
    static class ScheduleInputException extends RuntimeException {

        ScheduleInputException(String messageTh) {
            super(messageTh);
        }
    }
}
