package th.localnews.feed.alerts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.web.FeedProperties;
import th.localnews.feed.web.StoryLinks;

/**
 * Server-sent events of stories as they first become visible. Sending happens on a thread of its own so a slow
 * reader's connection can never hold up the consumer of the article log.
 */
@Component
public class AlertBroadcaster implements AutoCloseable {

    record Alert(long id, String slug, String url, String title, String summary, String section,
            List<String> provinces, boolean breaking, Instant publishedAt) {
    }

    /** Proxies close a connection that has been silent for a minute or so; a comment line keeps it open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alert-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final StoryLinks links;
    private final long timeoutMillis;

    AlertBroadcaster(StoryLinks links, FeedProperties properties) {
        this.links = links;
        this.timeoutMillis = properties.alertTimeout().toMillis();
        sender.scheduleWithFixedDelay(() -> sendToAll(() -> SseEmitter.event().comment("keep-alive")),
                HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        return emitter;
    }

    /** Called on the consumer thread for a story's first live publication. */
    public void published(ArticleSnapshot story) {
        Alert alert = new Alert(story.id(), story.slug(), links.article(story), story.title(), story.summary(),
                story.section(), story.provinces(), story.breaking(), story.publishedAt());
        sender.execute(() -> sendToAll(() -> SseEmitter.event().name("article.published")
                .id(Long.toString(alert.id())).data(alert, MediaType.APPLICATION_JSON)));
    }

    private void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(event.get());
            } catch (IOException | IllegalStateException e) {
                emitters.remove(emitter);
                emitter.completeWithError(e);
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        emitters.forEach(SseEmitter::complete);
    }
}
