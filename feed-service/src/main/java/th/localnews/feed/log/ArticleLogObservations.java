package th.localnews.feed.log;

import java.nio.charset.StandardCharsets;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

/**
 * Applies each record of a batch inside an observation that continues the record's trace ({@code traceparent}
 * written by article-service's relay). spring-kafka's own per-record observations in a batch only mark the
 * receipt and end before the listener runs, so this is the span in which the view changes and the log lines
 * about it carry the publish's trace id; its timer is {@code localnews_feed_apply_seconds}.
 */
@Component
class ArticleLogObservations {

    static final String APPLY = "localnews.feed.apply";

    private final ObservationRegistry registry;

    ArticleLogObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    void apply(ConsumerRecord<String, ?> record, Runnable work) {
        Observation.createNotStarted(APPLY, () -> context(record), registry)
                .contextualName("article-events apply")
                .highCardinalityKeyValue("messaging.kafka.offset", Long.toString(record.offset()))
                .highCardinalityKeyValue("messaging.kafka.message.key", String.valueOf(record.key()))
                .observe(work);
    }

    private static ReceiverContext<ConsumerRecord<String, ?>> context(ConsumerRecord<String, ?> record) {
        ReceiverContext<ConsumerRecord<String, ?>> context = new ReceiverContext<>((carrier, key) -> {
            Header header = carrier.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        });
        context.setCarrier(record);
        context.setRemoteServiceName("kafka");
        return context;
    }
}
