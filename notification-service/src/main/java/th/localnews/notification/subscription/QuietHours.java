package th.localnews.notification.subscription;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A daily window of wall-clock time, e.g. 22:00–07:00 in Asia/Bangkok, during which only breaking news may
 * alert. {@code start} is inclusive and {@code end} exclusive; a window whose end is before its start runs
 * across midnight, and start == end means no quiet hours at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(Instant instant, ZoneId zone) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }
}
