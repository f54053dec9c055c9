package th.localnews.article.outbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import th.localnews.events.ArticleEventTopics;

/** article-service owns the article log, so it creates the topic and its dead-letter twin with the contract's configs. */
@Configuration(proxyBeanMethods = false)
class ArticleTopicsConfiguration {

    /**
     * A story's body may be 1 MB of UTF-8, more than the broker's default 1 MB record limit once wrapped in its
     * event; a record the topic refused would block the ordered outbox for good. Same as the producer's
     * max.request.size.
     */
    static final String MAX_MESSAGE_BYTES = "4194304";

    @Bean
    NewTopic articleEventsTopic(OutboxProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .configs(ArticleEventTopics.articleEventsConfig(properties.minInSyncReplicas()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }

    @Bean
    NewTopic articleEventsDeadLetterTopic(OutboxProperties properties) {
        return TopicBuilder.name(properties.topic() + ArticleEventTopics.DEAD_LETTER_SUFFIX)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .configs(ArticleEventTopics.deadLetterConfig(properties.minInSyncReplicas()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
                .build();
    }
}
