package th.localnews.feed.log;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventType;
import th.localnews.events.DecodedEvent;
import th.localnews.feed.alerts.AlertBroadcaster;
import th.localnews.feed.view.ApplyOutcome;
import th.localnews.feed.view.ArticleView;

/**
 * Materialises the article log into the {@link ArticleView}. Every replica holds the whole view, so the listener
 * assigns itself every partition and starts at offset 0 instead of sharing partitions through a consumer group.
 * A rebuild is requested from any thread but done on the consumer thread, between polls, so a catch-up check can
 * never see positions from before the rewind.
 */
@Component
class ArticleLogListener extends AbstractConsumerSeekAware {

    static final String ID = "article-log";
    private static final Logger log = LoggerFactory.getLogger(ArticleLogListener.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(ArticleLogListener.class);

    private final ArticleView view;
    private final CatchUp catchUp;
    private final ArticleLogMetrics metrics;
    private final AlertBroadcaster alerts;
    private final ArticleLogObservations observations;
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();

    ArticleLogListener(ArticleView view, CatchUp catchUp, ArticleLogMetrics metrics, AlertBroadcaster alerts,
            ArticleLogObservations observations) {
        this.view = view;
        this.catchUp = catchUp;
        this.metrics = metrics;
        this.alerts = alerts;
        this.observations = observations;
    }

    @KafkaListener(id = ID, containerFactory = "articleLogContainerFactory", topicPartitions = @TopicPartition(
            topic = "${localnews.feed.topic:article-events}", partitions = "#{@articleLogTopics.partitions()}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onRecords(List<ConsumerRecord<String, DecodedEvent>> records, Consumer<?, ?> consumer) {
        if (rebuildIfRequested()) {
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, DecodedEvent> record = records.get(i);
            try {
                observations.apply(record, () -> apply(record));
            } catch (DeserializationException e) {
                throw new BatchListenerFailedException("unreadable record", e, i);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("cannot apply the record at offset " + record.offset(), e, i);
            }
        }
        catchUp.check(consumer);
    }

    @EventListener(condition = "event.listenerId.startsWith('" + ID + "')")
    void onIdle(ListenerContainerIdleEvent event) {
        if (!rebuildIfRequested()) {
            catchUp.check(event.getConsumer());
        }
    }

    /** Clears the view and replays the log from offset 0; readiness is refused until caught up again. */
    void requestRebuild() {
        rebuildRequested.set(true);
    }

    private boolean rebuildIfRequested() {
        if (!rebuildRequested.getAndSet(false)) {
            return false;
        }
        log.info("Rebuilding the view from offset 0 of the article log");
        catchUp.restart();
        view.reset();
        seekToBeginning();
        return true;
    }

    private void apply(ConsumerRecord<String, DecodedEvent> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (unreadable != null) {
            throw unreadable;
        }
        if (!(record.value() instanceof ArticleEvent event)) {
            // a tombstone, or an event type this version does not know: nothing readers could see
            log.debug("Skipping record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        ApplyOutcome outcome = view.apply(event);
        metrics.applied(outcome);
        if (outcome == ApplyOutcome.SHOWN && event.type() == ArticleEventType.PUBLISHED
                && !event.article().imported() && catchUp.isCaughtUp()) {
            Duration delay = metrics.becameVisible(event.article().publishedAt());
            log.info("Article {} version {} visible to readers {} ms after publication", event.articleId(),
                    event.article().version(), delay.toMillis());
            alerts.published(event.article());
        }
    }
}
