package th.localnews.notification.channel.email;

import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Thai reader expects them: Bangkok time, Buddhist era, e.g. {@code 14 กุมภาพันธ์ 2567}. */
public final class ThaiDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'น.'",
                    Locale.forLanguageTag("th-TH"))
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withZone(ZoneId.of("Asia/Bangkok"));

    private ThaiDates() {
    }

    public static String format(Instant instant) {
        return DATE.format(instant);
    }
}
