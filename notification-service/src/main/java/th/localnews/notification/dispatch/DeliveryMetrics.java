package th.localnews.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import th.localnews.notification.subscription.Channel;

/** Deliveries by channel and outcome, and how long a story took from publication to a subscriber. */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void outcome(Channel channel, String outcome) {
        Counter.builder("notification.deliveries")
                .description("Alert deliveries by channel and outcome")
                .tag("channel", channel.wireName())
                .tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    void delivered(Channel channel, Instant publishedAt) {
        Duration latency = Duration.between(publishedAt, Instant.now());
        Timer.builder("notification.alert.latency")
                .description("From the story's publication to the receiver accepting the alert")
                .tag("channel", channel.wireName())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry)
                .record(latency.isNegative() ? Duration.ZERO : latency);
    }
}
