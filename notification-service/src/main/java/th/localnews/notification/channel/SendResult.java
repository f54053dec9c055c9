package th.localnews.notification.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * What one attempt came to.
 *
 * @param retryAfter what the receiver asked for with {@code Retry-After}, if anything
 */
public record SendResult(Outcome outcome, int status, Duration retryAfter, String detail) {

    public enum Outcome {
        DELIVERED,
        /** the receiver says the subscription no longer exists */
        GONE,
        /** worth another try later: network failure, 408, 429, 5xx */
        RETRY,
        /** will never work as sent: other 4xx, a forbidden address */
        REJECTED
    }

    /** @param retryAfter the answer's {@code Retry-After}, or null */
    public static SendResult ofResponse(int status, String retryAfter, Set<Integer> goneStatuses) {
        if (status >= 200 && status < 300) {
            return new SendResult(Outcome.DELIVERED, status, null, null);
        }
        if (goneStatuses.contains(status)) {
            return new SendResult(Outcome.GONE, status, null, "HTTP " + status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            Duration wait = retryAfter == null ? null : retryAfter(retryAfter).orElse(null);
            return new SendResult(Outcome.RETRY, status, wait, "HTTP " + status);
        }
        return new SendResult(Outcome.REJECTED, status, null, "HTTP " + status);
    }

    public static SendResult failed(Exception e) {
        return new SendResult(Outcome.RETRY, 0, null, e.getClass().getSimpleName());
    }

    public static SendResult rejected(String why) {
        return new SendResult(Outcome.REJECTED, 0, null, why);
    }

    /** Either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
