package th.localnews.feed.log;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventDeserializer;
import th.localnews.events.ArticleEventSerializer;
import th.localnews.events.DecodedEvent;

/**
 * The article log's own listener container: Boot's consumer settings (committed reads, no auto-commit) with the
 * event deserializer behind an {@link ErrorHandlingDeserializer}, batch delivery so catching up is checked once per
 * poll, and poison records sent to the dead-letter topic, counted, while the consumer keeps going. Boot's factory
 * customizers are applied to its own consumer and producer factories as Boot would to its own, which is what
 * registers Micrometer's client listeners ({@code kafka_consumer_*}, the lag among them).
 */
@Configuration(proxyBeanMethods = false)
class ArticleLogConfiguration {

    /** How often an idle container reports, so catch-up and rebuild requests are noticed without new records. */
    static final Duration IDLE_INTERVAL = Duration.ofMillis(500);

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, DecodedEvent> articleLogContainerFactory(
            KafkaProperties kafka, ArticleLogMetrics metrics, ArticleLogTopics topics,
            ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> consumerCustomizers,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> producerCustomizers) {
        Map<String, Object> props = new LinkedHashMap<>(kafka.buildConsumerProperties());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumers = new DefaultKafkaConsumerFactory<String, DecodedEvent>(props, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new ArticleEventDeserializer()));
        // names the clients in kafka_consumer_* (spring_id) as Boot's own factory bean would be
        consumers.setBeanName("articleLogConsumerFactory");
        consumerCustomizers.orderedStream().forEach(customizer -> customizer.customize(consumers));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, DecodedEvent>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(1);
        factory.getContainerProperties().setIdleEventInterval(IDLE_INTERVAL.toMillis());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.getContainerProperties().setObservationEnabled(true);
        // a batch listener is otherwise timed by the legacy listener timer, whose tags (name, result, exception)
        // clash in Prometheus with the observation's on spring_kafka_listener_seconds; per-record observations
        // continue each record's trace and keep one set of tags
        factory.getContainerProperties().setRecordObservationsInBatch(true);
        factory.setCommonErrorHandler(errorHandler(deadLetterTemplate(kafka, producerCustomizers),
                topics.deadLetterTopic(), metrics));
        return factory;
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<String, Object> template, String deadLetterTopic,
            ArticleLogMetrics metrics) {
        // named explicitly: spring-kafka 4's default suffix is "-dlt", the contract's topic is ".DLT"
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(deadLetterTopic, record.partition()));
        // a record the view cannot apply is retried twice (a passing fault), then parked; poison is parked at once
        return new DefaultErrorHandler((record, exception) -> {
            deadLetters.accept(record, exception);
            metrics.deadLettered();
        }, new FixedBackOff(200, 2));
    }

    /** Raw bytes for records that could not be read, the contract's serializer for events that could not be applied. */
    private static KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties kafka,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(ArticleEvent.class, new ArticleEventSerializer());
        var producers = new DefaultKafkaProducerFactory<String, Object>(kafka.buildProducerProperties(),
                new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
        customizers.orderedStream().forEach(customizer -> customizer.customize(producers));
        KafkaTemplate<String, Object> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true);
        return template;
    }
}
