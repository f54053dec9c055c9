package th.localnews.notification.dispatch;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventSerializer;
import th.localnews.events.ArticleEventTopics;
import th.localnews.notification.NotificationProperties;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic notificationDispatchTopic(NotificationProperties properties) {
        return TopicBuilder.name(properties.dispatch().topic()).partitions(properties.dispatch().partitions()).build();
    }

    @Bean
    NewTopic notificationDispatchDeadLetterTopic(NotificationProperties properties) {
        return TopicBuilder.name(properties.dispatch().topic() + ArticleEventTopics.DEAD_LETTER_SUFFIX)
                .partitions(properties.dispatch().partitions())
                .configs(ArticleEventTopics.deadLetterConfig(1))
                .build();
    }

    /**
     * The dispatch listener takes batches. Without per-record observations spring-kafka times a batch listener
     * with its legacy timer, whose tags (name, result, exception) clash in Prometheus with the article listener's
     * observation on the same spring_kafka_listener_seconds (spring-kafka#3947), and one of them is dropped.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> recordObservationsInBatches() {
        return container -> container.getContainerProperties().setRecordObservationsInBatch(true);
    }

    @Bean
    DeadLetterProducer deadLetterProducer(ProducerFactory<?, ?> producerFactory) {
        return new DeadLetterProducer(producerFactory.getConfigurationProperties());
    }

    /**
     * Retries a failing record a few times, then sends it to {@code <topic>.DLT}; records that cannot be
     * deserialised go there at once. Boot puts this handler on every listener container.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetterProducer deadLetters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters.template(),
                // any partition: the dead-letter topic need not mirror the source's partition count
                (record, exception) -> new TopicPartition(record.topic() + ArticleEventTopics.DEAD_LETTER_SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxElapsedTime(15_000);
        return new DefaultErrorHandler(recoverer, backOff);
    }

    /**
     * A producer for dead letters, which may be raw bytes (undeserialisable), strings (alerts) or article
     * events. Not a ProducerFactory or KafkaTemplate bean, so Boot still builds the application's own.
     */
    static final class DeadLetterProducer implements DisposableBean {

        private final DefaultKafkaProducerFactory<Object, Object> factory;
        private final KafkaTemplate<Object, Object> template;

        @SuppressWarnings({ "unchecked", "rawtypes" })
        DeadLetterProducer(Map<String, Object> applicationProducerConfig) {
            Map<String, Object> config = new HashMap<>(applicationProducerConfig);
            config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
            config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
            Map<Class<?>, Serializer<?>> byType = new java.util.LinkedHashMap<>();
            byType.put(byte[].class, new ByteArraySerializer());
            byType.put(String.class, new StringSerializer());
            byType.put(ArticleEvent.class, new ArticleEventSerializer());
            Serializer values = new DelegatingByTypeSerializer(byType, true);
            Serializer keys = new StringSerializer();
            this.factory = new DefaultKafkaProducerFactory<>(config, keys, values);
            this.template = new KafkaTemplate<>(factory);
        }

        KafkaTemplate<Object, Object> template() {
            return template;
        }

        @Override
        public void destroy() {
            factory.destroy();
        }
    }
}
