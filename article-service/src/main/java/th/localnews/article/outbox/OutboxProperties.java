package th.localnews.article.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic              where article events go; tests give each context its own
 * @param pollInterval       how often the relay looks for a backlog; a commit wakes it at once anyway
 * @param batchSize          rows sent per round trip to the broker
 * @param sendTimeout        how long to wait for the broker's acks before the batch is retried
 * @param statementTimeout   how long one of the relay's statements may run in PostgreSQL, a lock wait included,
 *                           before the round fails and is retried; the relay's connection also gives up waiting
 *                           for an answer after this plus {@code sendTimeout}, so no round waits for ever
 * @param partitions         partitions of the article topic and of its dead-letter topic (equal on purpose)
 * @param replicationFactor  1 on one machine; 3 in production
 * @param minInSyncReplicas  1 on one machine; 2 in production
 * @param keepSent           how long a sent row stays in the outbox table before the janitor deletes it
 */
@ConfigurationProperties("newsroom.outbox")
public record OutboxProperties(
        @DefaultValue("article-events") String topic,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("10s") Duration statementTimeout,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("1") int minInSyncReplicas,
        @DefaultValue("7d") Duration keepSent) {
}
