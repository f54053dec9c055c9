package th.localnews.feed.log;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/rebuild}: drops the view and replays the log from offset 0 (after a bug fix in how events
 * are applied, say). Operators only: the gateway never routes {@code /actuator/**}.
 */
@Component
@Endpoint(id = "rebuild")
class RebuildEndpoint {

    private final ArticleLogListener listener;

    RebuildEndpoint(ArticleLogListener listener) {
        this.listener = listener;
    }

    @WriteOperation
    public Map<String, String> rebuild() {
        listener.requestRebuild();
        return Map.of("status", "rebuilding", "readiness", "refused until the replay has caught up");
    }
}
