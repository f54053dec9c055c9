package th.localnews.feed.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void roundTripsAPositionToTheNanosecond() {
        FeedCursor cursor = FeedCursor.after(new FeedKey(Instant.parse("2024-02-14T03:00:00.123456789Z"), 1042));

        assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", "ZjE6MTox", "ZjI6MTowOjE", "ZjE6eDowOjE", "ZjE6MTowOi01",
            "ZjE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5OjA6MQ"})
    void rejectsCursorsItNeverHandedOut(String garbage) {
        assertThatThrownBy(() -> FeedCursor.decode(garbage)).isInstanceOf(InvalidFeedRequestException.class)
                .extracting(e -> ((InvalidFeedRequestException) e).code()).isEqualTo("feed.cursor-invalid");
    }
}
