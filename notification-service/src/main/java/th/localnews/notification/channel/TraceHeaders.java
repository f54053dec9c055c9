package th.localnews.notification.channel;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the current trace ({@code traceparent}, {@code tracestate}) on an outbound alert request, so a receiver
 * that traces can join the delivery to the editor's publish. The alert client is not instrumented by Boot,
 * hence by hand. The header reveals only random ids, nothing about the subscriber or the story.
 */
@Component
public class TraceHeaders {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** The current trace as propagation headers (name to value); empty when there is none. */
    public Map<String, String> current() {
        Map<String, String> headers = new LinkedHashMap<>();
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            propagator.inject(context, headers, Map::put);
        }
        return headers;
    }
}
