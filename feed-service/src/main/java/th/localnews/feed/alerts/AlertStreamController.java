package th.localnews.feed.alerts;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/alerts/stream}. It lives in feed-service because this is where a story becomes visible to readers:
 * an alert sent from here never links to a story the reader's next request would not find.
 */
@RestController
class AlertStreamController {

    private final AlertBroadcaster broadcaster;

    AlertStreamController(AlertBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return broadcaster.subscribe();
    }
}
