package th.localnews.feed.log;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the view has caught up with the log: every partition's position has reached the end offset taken when the
 * replay began. Until then the replica refuses traffic (readiness), since it would serve a partial view, and no
 * alert goes out, since the replay re-applies old publications. Checked only on the consumer thread.
 */
@Component
public class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final ApplicationEventPublisher events;
    private Map<TopicPartition, Long> targets;
    private volatile boolean caughtUp;

    CatchUp(ApplicationEventPublisher events) {
        this.events = events;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    void check(Consumer<?, ?> consumer) {
        if (caughtUp) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        if (targets == null) {
            targets = Map.copyOf(consumer.endOffsets(assigned));
            log.info("Replaying the article log up to end offsets {}", targets);
        }
        for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
            if (consumer.position(target.getKey()) < target.getValue()) {
                return;
            }
        }
        caughtUp = true;
        log.info("Caught up with the article log; accepting traffic");
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }

    /** A replay from offset 0 begins: the end offsets are taken again at the next check. */
    void restart() {
        caughtUp = false;
        targets = null;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }
}
