package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ArticleEventTopicsTest {

    @Test
    void articleEventsAreCompactedAndKeptForever() {
        assertThat(ArticleEventTopics.articleEventsConfig(2)).contains(
                entry("cleanup.policy", "compact"),
                entry("retention.ms", "-1"),
                entry("retention.bytes", "-1"),
                entry("min.insync.replicas", "2"),
                entry("unclean.leader.election.enable", "false"),
                entry("min.compaction.lag.ms", "604800000"));
    }

    @Test
    void deadLettersAreDeletedAfterTheirRetentionNotCompacted() {
        assertThat(ArticleEventTopics.ARTICLE_EVENTS_DLT).isEqualTo("article-events.DLT");
        assertThat(ArticleEventTopics.deadLetterConfig(1)).contains(
                entry("cleanup.policy", "delete"),
                entry("retention.ms", "7776000000"),
                entry("min.insync.replicas", "1"));
    }

    @Test
    void rejectsAMinInSyncReplicaCountBelowOne() {
        assertThatThrownBy(() -> ArticleEventTopics.articleEventsConfig(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minInSyncReplicas");
    }

    @Test
    void keysEachEventByItsArticleId() {
        assertThat(ArticleEventTopics.keyOf(GoldenEvents.imported())).isEqualTo("207");
    }
}
