package th.localnews.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param siteUrl           public base of the reader site; alert links point there
 * @param allowLoopbackHttp lets webhook URLs and push endpoints be plain http on loopback; for tests and the
 *                          local stack only, never in production
 * @param alertMaxAge       a published event older than this alerts nobody: a new consumer group replaying
 *                          the log from the start must not page every subscriber about old news
 */
@ConfigurationProperties("notification")
public record NotificationProperties(URI siteUrl, boolean allowLoopbackHttp, Duration alertMaxAge, Dispatch dispatch,
        Retry retry, Email email, Guard guard, Failures failures) {

    /**
     * @param topic           where the planner puts a story's alerts, each record for up to {@code alertsPerRecord}
     *                        subscribers of the partition their subscription id keys to
     * @param concurrency     how many deliveries one instance sends at once
     * @param pageSize        subscriptions read per keyset page while planning
     * @param planners        slices of the subscriptions one story's planning reads and sends side by side
     * @param alertsPerRecord subscribers one dispatch record names at most
     */
    public record Dispatch(String topic, int partitions, int concurrency, int pageSize, int planners,
            Duration requestTimeout, int alertsPerRecord) {

        public Dispatch {
            if (alertsPerRecord < 1) {
                throw new IllegalArgumentException("notification.dispatch.alerts-per-record must be at least 1, not "
                        + alertsPerRecord);
            }
        }
    }

    /**
     * @param maxRetryAfter a receiver asking to wait longer than this is treated as failing for now: the alert
     *                      goes to the dead-letter topic rather than holding a worker thread
     */
    public record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    }

    /**
     * Guard rails per subscriber. Alerts over {@code maxPerWindow} in the sliding {@code window}, and alerts
     * in quiet hours (unless breaking and {@code breakingPassesQuietHours}), are held back and folded into one
     * digest, sent by a job every {@code digestInterval} once the cap and the quiet hours allow.
     *
     * @param quietStart   service-wide quiet hours in {@code zone}; start == end switches them off; a
     *                     subscription's own quiet hours override these
     */
    public record Guard(int maxPerWindow, Duration window, LocalTime quietStart, LocalTime quietEnd, ZoneId zone,
            boolean breakingPassesQuietHours, Duration digestInterval) {
    }

    /**
     * A subscription whose alerts keep failing is disabled, with a reason, after {@code maxConsecutive}
     * failed alerts in a row or once it has been failing for {@code maxFailingFor}, whichever comes first.
     */
    public record Failures(int maxConsecutive, Duration maxFailingFor) {
    }

    /** @param from the sender of alert and confirmation mails, e.g. {@code ข่าวท้องถิ่น <alerts@example>} */
    public record Email(String from) {
    }
}
