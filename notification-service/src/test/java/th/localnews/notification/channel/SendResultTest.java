package th.localnews.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SendResultTest {

    private static final String NONE = null;

    @Test
    void classifiesStatusesByWhatRetryingCanChange() {
        assertThat(SendResult.ofResponse(201, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.DELIVERED);
        assertThat(SendResult.ofResponse(410, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.GONE);
        assertThat(SendResult.ofResponse(404, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.REJECTED);
        assertThat(SendResult.ofResponse(404, NONE, Set.of(404, 410)).outcome()).isEqualTo(SendResult.Outcome.GONE);
        assertThat(SendResult.ofResponse(302, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.REJECTED);
        assertThat(SendResult.ofResponse(429, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(SendResult.ofResponse(503, NONE, Set.of(410)).outcome()).isEqualTo(SendResult.Outcome.RETRY);
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(SendResult.ofResponse(429, "120", Set.of()).retryAfter()).isEqualTo(Duration.ofSeconds(120));
        String inFiveMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertThat(SendResult.ofResponse(503, inFiveMinutes, Set.of()).retryAfter())
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        assertThat(SendResult.ofResponse(503, "soon", Set.of()).retryAfter()).isNull();
    }
}
