package th.localnews.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

import th.localnews.notification.channel.TraceHeaders;

/**
 * How the sending of alerts is observed: one span for a dispatch record's alerts in a round, and a timer for each
 * alert.
 * <p>
 * The span ({@code notification-dispatch deliver}, timer {@code notification_dispatch_seconds}) continues the
 * record's trace (the planner sent it in the article event's trace, which began with the editor's publish) and lasts
 * while the record's alerts of the round are sent on the delivery pool; its propagation headers are written once,
 * and every webhook request of those alerts carries them, so the receiver can join the delivery to the publish. One
 * span per alert made a 100,000-subscriber story a trace of 100,000 spans, and its observation cost as much CPU as
 * the HTTP client (docs/benchmarks.md, P4).
 * <p>
 * The timer {@code notification_delivery_seconds} (tag {@code error}) is the sending of one alert, retries
 * included; the ledger work is done for a whole round beforehand and afterwards.
 */
@Component
class DispatchObservations {

    static final String DISPATCH = "notification.dispatch";

    private final ObservationRegistry registry;
    private final TraceHeaders trace;
    private final Timer delivered;
    private final MeterRegistry meters;

    DispatchObservations(ObservationRegistry registry, TraceHeaders trace, MeterRegistry meters) {
        this.registry = registry;
        this.trace = trace;
        this.meters = meters;
        this.delivered = timer("none");
    }

    /** A started observation of one record's alerts in a round, and the trace headers its alerts carry. */
    record Round(Observation observation, Map<String, String> traceHeaders) {

        void stop(Throwable error) {
            if (error != null) {
                observation.error(error);
            }
            observation.stop();
        }
    }

    /** Starts the span of {@code record}'s alerts in a round; {@link Round#stop} it once they all have an outcome. */
    Round start(ConsumerRecord<String, String> record) {
        Observation observation = Observation.createNotStarted(DISPATCH, () -> context(record), registry)
                .contextualName("notification-dispatch deliver")
                .start();
        Map<String, String> headers = observation.scoped(trace::current);
        return new Round(observation, Map.copyOf(headers));
    }

    /** Runs one alert's delivery, timed. */
    <T> T deliver(Supplier<T> delivery) {
        long started = System.nanoTime();
        try {
            T result = delivery.get();
            delivered.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException e) {
            timer(e.getClass().getSimpleName()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    private Timer timer(String error) {
        return Timer.builder("notification.delivery")
                .description("Sending one alert to its receiver, retries included")
                .tag("error", error)
                .register(meters);
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
