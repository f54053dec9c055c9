package th.localnews.events;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Topic names and topic-level configs, for {@code NewTopic}/{@code TopicBuilder} beans and the
 * local stack. Build both topics with the same partition count: spring-kafka's
 * {@code DeadLetterPublishingRecoverer} by default writes a failed record to the same partition
 * number of the dead-letter topic.
 */
public final class ArticleEventTopics {

    /** The article log: key = article id, compacted, kept forever; the source of truth for readers. */
    public static final String ARTICLE_EVENTS = "article-events";

    /** Our dead-letter suffix; spring-kafka 4 defaults to {@code -dlt}, so consumers name the topic explicitly. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final String ARTICLE_EVENTS_DLT = ARTICLE_EVENTS + DEAD_LETTER_SUFFIX;

    /** Room for a few consumer instances per group; partitions can be added, never removed. */
    public static final int DEFAULT_PARTITIONS = 6;

    /**
     * Compaction may drop an older version of an article only after this long, so a consumer
     * that is less far behind still sees every event (notification-service must see the
     * {@code published} event even if an {@code updated} one follows within minutes).
     */
    public static final Duration MIN_COMPACTION_LAG = Duration.ofDays(7);

    /** Dead letters wait this long for a person to look at them. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(90);

    private ArticleEventTopics() {
    }

    /** The record key of an event: the article id in decimal, equal to its subject. */
    public static String keyOf(ArticleEvent event) {
        return event.subject();
    }

    public static Map<String, String> articleEventsConfig(int minInSyncReplicas) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(MIN_COMPACTION_LAG.toMillis()),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, checked(minInSyncReplicas),
                TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, "false");
    }

    /**
     * Not compacted: several bad records of one article must all be kept, and a dead letter
     * only has to live until someone has dealt with it.
     */
    public static Map<String, String> deadLetterConfig(int minInSyncReplicas) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(DEAD_LETTER_RETENTION.toMillis()),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, checked(minInSyncReplicas),
                TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, "false");
    }

    private static String checked(int minInSyncReplicas) {
        if (minInSyncReplicas < 1) {
            throw new IllegalArgumentException("minInSyncReplicas must be at least 1 but was " + minInSyncReplicas);
        }
        return Integer.toString(minInSyncReplicas);
    }
}
