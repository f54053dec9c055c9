package th.localnews.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResponseTimeoutsTest {

    private final ResponseTimeouts timeouts = new ResponseTimeouts(Duration.ofSeconds(15), List.of("/api/alerts/stream"));

    @Test
    void timesEveryCallButTheEventStream() {
        assertThat(timeouts.timeoutFor("/api/articles")).isEqualTo(Duration.ofSeconds(15));
        assertThat(timeouts.timeoutFor("/api/alerts")).isEqualTo(Duration.ofSeconds(15));
        assertThat(timeouts.timeoutFor("/api/alerts/stream/more")).isEqualTo(Duration.ofSeconds(15));
        assertThat(timeouts.timeoutFor("/api/alerts/stream")).isNull();
        assertThat(timeouts.timeoutFor("/api/alerts/stream/")).isNull();
        assertThat(timeouts.timeoutFor("api/alerts/stream")).isNull();
    }
}
