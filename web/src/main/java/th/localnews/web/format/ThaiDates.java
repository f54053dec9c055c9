package th.localnews.web.format;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Dates as a Thai reader reads them: Asia/Bangkok, the Buddhist era, and "how long ago" for fresh stories. */
@Component("thaiDates")
public class ThaiDates {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE).withZone(BANGKOK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm น.", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE).withZone(BANGKOK);
    /** Older stories show only their date: "30 ชั่วโมงที่แล้ว" reads worse than the date itself. */
    private static final Duration FRESH = Duration.ofHours(24);

    private final Clock clock;

    public ThaiDates(Clock clock) {
        this.clock = clock;
    }

    /** {@code 14 กุมภาพันธ์ 2567}. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** {@code 14 กุมภาพันธ์ 2567 17:00 น.}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** {@code 5 นาทีที่แล้ว} for a story under a day old, empty otherwise. */
    public String relative(Instant instant) {
        return instant == null ? "" : ago(instant).orElse("");
    }

    Optional<String> ago(Instant instant) {
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative() || age.compareTo(FRESH) >= 0) {
            return Optional.empty();
        }
        if (age.toMinutes() < 1) {
            return Optional.of("เมื่อสักครู่");
        }
        if (age.toHours() < 1) {
            return Optional.of(age.toMinutes() + " นาทีที่แล้ว");
        }
        return Optional.of(age.toHours() + " ชั่วโมงที่แล้ว");
    }

    /** ISO-8601 with the Bangkok offset, for {@code <time datetime>} and structured data. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BANGKOK));
    }
}
