package th.localnews.feed.log;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleEventTopics;
import th.localnews.feed.web.FeedProperties;

/**
 * The article log and its dead-letter topic, created with the contract's settings if they do not exist yet, and the
 * log's partitions, which the listener assigns itself (see {@link ArticleLogListener}). Asked while the listener is
 * being registered, before {@link KafkaAdmin} would create declared topics, hence the explicit creation here; the admin lends
 * its connection settings.
 */
@Component("articleLogTopics")
class ArticleLogTopics {

    private static final int MIN_IN_SYNC_REPLICAS = 1;
    private static final long TIMEOUT_SECONDS = 30;
    private static final int DESCRIBE_ATTEMPTS = 50;
    private static final long DESCRIBE_BACKOFF_MILLIS = 100;

    private final KafkaAdmin admin;
    private final FeedProperties properties;

    ArticleLogTopics(KafkaAdmin admin, FeedProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    /** Every partition of the log, as the range expression {@code @TopicPartition} takes ("0-5"). */
    public String partitions() {
        String log = properties.topic();
        int count;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            createMissing(client, List.of(
                    topic(log, ArticleEventTopics.articleEventsConfig(MIN_IN_SYNC_REPLICAS)),
                    topic(deadLetterTopic(), ArticleEventTopics.deadLetterConfig(MIN_IN_SYNC_REPLICAS))));
            count = partitionCount(client, log);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe the article log " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing the article log", e);
        }
        return count == 1 ? "0" : "0-" + (count - 1);
    }

    /** A topic created a moment ago may not be in every broker's metadata yet: asked again for a few seconds. */
    private static int partitionCount(Admin client, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .get(topic).partitions().size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == DESCRIBE_ATTEMPTS) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(DESCRIBE_BACKOFF_MILLIS);
            }
        }
    }

    /** Never modifies an existing topic: adding partitions to the log would move articles between partitions. */
    private static void createMissing(Admin client, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = client.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
        try {
            client.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    String deadLetterTopic() {
        return properties.topic() + ArticleEventTopics.DEAD_LETTER_SUFFIX;
    }

    private NewTopic topic(String name, Map<String, String> config) {
        return TopicBuilder.name(name).partitions(ArticleEventTopics.DEFAULT_PARTITIONS)
                .replicas(properties.topicReplicas()).configs(config).build();
    }
}
