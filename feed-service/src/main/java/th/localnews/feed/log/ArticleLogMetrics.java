package th.localnews.feed.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import th.localnews.feed.view.ApplyOutcome;
import th.localnews.feed.view.ArticleView;

/** How the view keeps up: publish-to-visible time of live stories, view size, dead letters, events by outcome. */
@Component
class ArticleLogMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Timer publishToVisible;
    private final Counter deadLetters;

    ArticleLogMetrics(MeterRegistry registry, ArticleView view, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.publishToVisible = Timer.builder("localnews.feed.publish.visible")
                .description("From a story's publishedAt to the moment readers can see it (live events only)")
                .publishPercentileHistogram()
                // the service-level objective is seconds; a story scheduled while a replica was down shows minutes
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.deadLetters = Counter.builder("localnews.feed.dead.letters")
                .description("Records of the article log sent to the dead-letter topic").register(registry);
        Gauge.builder("localnews.feed.view.stories", view, ArticleView::size)
                .description("Stories readers can see").register(registry);
    }

    void applied(ApplyOutcome outcome) {
        registry.counter("localnews.feed.events", "outcome", outcome.name().toLowerCase()).increment();
    }

    /** @return the delay recorded (zero when the clocks disagree and publishedAt lies in the future) */
    Duration becameVisible(Instant publishedAt) {
        Duration delay = Duration.between(publishedAt, clock.instant());
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        publishToVisible.record(delay);
        return delay;
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
