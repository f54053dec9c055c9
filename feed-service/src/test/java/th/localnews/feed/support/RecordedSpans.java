package th.localnews.feed.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every span the application's OpenTelemetry SDK ends, as it ends: Boot adds {@link SpanProcessor} beans to its
 * tracer provider, so a test reads the real spans without an exporter or a collector.
 */
public final class RecordedSpans implements SpanProcessor {

    /** One ended span: its name, its trace id and its parent's span id. */
    public record Ended(String name, String traceId, String parentSpanId) {
    }

    private final List<Ended> ended = new CopyOnWriteArrayList<>();

    public List<Ended> inTrace(String traceId) {
        return ended.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    public List<Ended> named(String name) {
        return ended.stream().filter(span -> span.name().equals(name)).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        ended.add(new Ended(span.getName(), span.getSpanContext().getTraceId(), span.getParentSpanContext().getSpanId()));
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        RecordedSpans recordedSpans() {
            return new RecordedSpans();
        }
    }
}
