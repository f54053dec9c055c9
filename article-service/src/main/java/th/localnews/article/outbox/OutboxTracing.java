package th.localnews.article.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries a trace across the outbox: the writer stores the propagation fields of the current span with the row
 * ({@code traceparent}, {@code tracestate}: whatever the configured propagator writes), and the relay sends the
 * row inside an observation whose parent is that stored context. The template's own observation is then a child
 * of it and writes the record's {@code traceparent}, so the record carries the editor's request's trace id.
 */
@Component
class OutboxTracing {

    static final String RELAY_OBSERVATION = "newsroom.outbox.relay";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    OutboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> observations) {
        // without tracing (switched off, or a slice test) rows simply carry no context
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** The current span's propagation fields; empty outside a trace. */
    Map<String, String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> fields = new LinkedHashMap<>();
        if (context != null) {
            propagator.inject(context, fields, Map::put);
        }
        return fields;
    }

    /** Runs {@code send} as a child of the stored context (a new trace when there is none). */
    <T> T continueTrace(Map<String, String> stored, String eventType, Supplier<T> send) {
        return Observation.createNotStarted(RELAY_OBSERVATION, () -> relayContext(stored), observations)
                .contextualName("outbox relay")
                .lowCardinalityKeyValue("event.type", eventType)
                .observe(send);
    }

    private static ReceiverContext<Map<String, String>> relayContext(Map<String, String> stored) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
        context.setCarrier(stored);
        context.setRemoteServiceName("article-service request");
        return context;
    }
}
