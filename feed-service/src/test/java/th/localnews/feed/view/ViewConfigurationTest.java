package th.localnews.feed.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

import th.localnews.feed.search.ThaiSearchIndex;

class ViewConfigurationTest {

    private final ViewConfiguration configuration = new ViewConfiguration();

    @Test
    void theSearchIndexLivesInTheHeapOrInAScratchDirectoryAndNowhereElse() throws Exception {
        for (String where : new String[] {"heap", "scratch"}) {
            try (ThaiSearchIndex index = configuration.thaiSearchIndex(Clock.systemUTC(), where)) {
                assertThat(index.size()).as(where).isZero();
            }
        }
        assertThatThrownBy(() -> configuration.thaiSearchIndex(Clock.systemUTC(), "disk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FEED_SEARCH_INDEX").hasMessageContaining("heap").hasMessageContaining("scratch");
    }
}
