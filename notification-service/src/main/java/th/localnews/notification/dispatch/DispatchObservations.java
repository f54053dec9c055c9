package th.localnews.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

/**
 * Delivers each dispatch record inside an observation that continues the record's trace (the planner sent it in
 * the article event's trace, which began with the editor's publish). The batch listener hands alerts to a pool,
 * where no trace would follow by itself; opened on the pool thread, this span is current while the sender runs,
 * so the receiver's request carries the publish's trace id. Its timer is {@code notification_delivery_seconds}: the
 * sending of one alert, retries included (the ledger work is done for a whole round beforehand and afterwards).
 */
@Component
class DispatchObservations {

    static final String DELIVERY = "notification.delivery";

    private final ObservationRegistry registry;

    DispatchObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    <T> T deliver(ConsumerRecord<String, String> record, Supplier<T> delivery) {
        return Observation.createNotStarted(DELIVERY, () -> context(record), registry)
                .contextualName("notification-dispatch deliver")
                .observe(delivery);
    }

    private static ReceiverContext<ConsumerRecord<String, String>> context(ConsumerRecord<String, String> record) {
        ReceiverContext<ConsumerRecord<String, String>> context = new ReceiverContext<>((carrier, key) -> {
            Header header = carrier.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        });
        context.setCarrier(record);
        context.setRemoteServiceName("kafka");
        return context;
    }
}
