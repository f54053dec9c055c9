package th.localnews.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import th.localnews.notification.subscription.Channel;

/**
 * Deliveries by channel and outcome, how long a story took from publication to a subscriber, and how long
 * fanning one story out to its subscribers took.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;
    // looked up once per channel (and outcome): a fan-out records two of these per alert
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final Map<Channel, Timer> latencies = new ConcurrentHashMap<>();

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void outcome(Channel channel, String outcome) {
        String name = outcome.toLowerCase(Locale.ROOT);
        outcomes.computeIfAbsent(channel.wireName() + "/" + name, key -> Counter.builder("notification.deliveries")
                .description("Alert deliveries by channel and outcome")
                .tag("channel", channel.wireName())
                .tag("outcome", name)
                .register(registry))
                .increment();
    }

    /** One story planned for {@code alerts} subscribers in {@code duration} (the records are on the broker). */
    void fannedOut(Duration duration, int alerts) {
        Timer.builder("notification.fanout")
                .description("From a published story's event to every planned alert acknowledged by Kafka")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry)
                .record(duration);
        Counter.builder("notification.alerts.planned")
                .description("Alerts planned, one per interested subscriber and story")
                .register(registry)
                .increment(alerts);
    }

    void delivered(Channel channel, Instant publishedAt) {
        Duration latency = Duration.between(publishedAt, Instant.now());
        latencies.computeIfAbsent(channel, key -> Timer.builder("notification.alert.latency")
                .description("From the story's publication to the receiver accepting the alert")
                .tag("channel", channel.wireName())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry))
                .record(latency.isNegative() ? Duration.ZERO : latency);
    }
}
