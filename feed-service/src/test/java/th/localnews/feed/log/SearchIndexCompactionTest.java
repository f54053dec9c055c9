package th.localnews.feed.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import th.localnews.feed.search.SearchDocument;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

class SearchIndexCompactionTest {

    private final ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void mergesTheIndexOnlyWhenTheViewHasCaughtUpWithTheLog() {
        fillInSeveralSegments();
        int before = index.segments();
        // merges on the caller's thread, so whatever an event started is done when it returns
        SearchIndexCompaction compaction = new SearchIndexCompaction(index, true, Runnable::run);

        // Spring Boot's own readiness at start-up, before the replay: not the moment to merge
        compaction.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        compaction.onReadiness(new AvailabilityChangeEvent<>(catchUp(), ReadinessState.REFUSING_TRAFFIC));
        assertThat(index.segments()).isEqualTo(before);

        compaction.onReadiness(new AvailabilityChangeEvent<>(catchUp(), ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(index.segments()).isEqualTo(1);
        assertThat(index.search("ขยะ", 20, null).totalHits()).isEqualTo(5);
    }

    @Test
    void mergesNothingWhenTurnedOff() {
        fillInSeveralSegments();
        int before = index.segments();
        SearchIndexCompaction compaction = new SearchIndexCompaction(index, false, Runnable::run);

        compaction.onReadiness(new AvailabilityChangeEvent<>(catchUp(), ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(index.segments()).isEqualTo(before);
    }

    private static CatchUp catchUp() {
        return new CatchUp(event -> { });
    }

    private void fillInSeveralSegments() {
        for (int i = 0; i < 5; i++) {
            index.upsert(new SearchDocument("s" + i, "ขยะล้นเมือง ตอนที่ " + i, null, null, "local-government",
                    null, null, null, Instant.parse("2026-12-01T00:00:00Z")));
            index.refresh(); // each reopen after a write flushes a segment of its own
        }
        assertThat(index.segments()).isGreaterThan(1);
    }
}
