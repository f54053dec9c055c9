package th.localnews.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventTopics;
import th.localnews.events.ArticlePublished;
import th.localnews.events.DecodedEvent;
import th.localnews.notification.NotificationProperties;

/**
 * Reacts to {@code published} events only: updates, retractions and imported stories never alert anyone.
 * Malformed records fail in the ErrorHandlingDeserializer and go to the dead-letter topic.
 */
@Component
class ArticleEventListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleEventListener.class);

    private final DispatchPlanner planner;
    private final ProcessedEvents processed;
    private final Duration maxAge;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    ArticleEventListener(DispatchPlanner planner, ProcessedEvents processed, NotificationProperties properties,
            DeliveryMetrics metrics) {
        this.planner = planner;
        this.processed = processed;
        this.metrics = metrics;
        this.maxAge = properties.alertMaxAge();
        this.clock = Clock.systemUTC();
    }

    @KafkaListener(topics = ArticleEventTopics.ARTICLE_EVENTS, properties = {
            "value.deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
            "spring.deserializer.value.delegate.class=th.localnews.events.ArticleEventDeserializer" })
    void on(@Payload(required = false) DecodedEvent event) {
        if (!(event instanceof ArticleEvent) || processed.contains(event.eventId())) {
            return;
        }
        if (event instanceof ArticlePublished && !((ArticlePublished) event).article().imported()) {
            alert((ArticlePublished) event);
        }
        // skipped events are recorded too, so "handled" is observable for every event, whatever its type
        processed.record(event.eventId());
    }

    private void alert(ArticlePublished published) {
        if (published.time().isBefore(Instant.now(clock).minus(maxAge))) {
            log.info("Not alerting for article {}: published at {}, older than {}", published.articleId(),
                    published.time(), maxAge);
            return;
        }
        long start = System.nanoTime();
        int planned = planner.plan(published.article());
        metrics.fannedOut(Duration.ofNanos(System.nanoTime() - start), planned);
        log.info("Planned {} alerts for article {} (event {})", planned, published.articleId(), published.eventId());
    }
}
