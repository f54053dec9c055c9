package th.localnews.article.newsroom;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled stories when their time comes. The schedule is in the database, not in memory, so it
 * survives restarts; rows are claimed with FOR UPDATE SKIP LOCKED, so with several instances each story is
 * published by exactly one of them.
 */
@Component
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final NewsroomService newsroom;
    private final SchedulingProperties properties;
    private final Clock clock;

    ScheduledPublisher(NewsroomService newsroom, SchedulingProperties properties, Clock clock) {
        this.newsroom = newsroom;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${newsroom.scheduling.poll-interval:5s}")
    void publishDueStories() {
        int published;
        do {
            published = newsroom.publishDue(clock.instant(), properties.batchSize());
            if (published > 0) {
                log.info("published {} scheduled stories", published);
            }
        } while (published == properties.batchSize());
    }
}
