package th.localnews.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A story that readers can see changed; the snapshot is its new state. */
public record ArticleUpdated(UUID id, Instant time, ArticleSnapshot article) implements ArticleEvent {

    public ArticleUpdated {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(article, "article");
    }

    /** A new event with a fresh random id. */
    public static ArticleUpdated of(ArticleSnapshot article, Instant time) {
        return new ArticleUpdated(UUID.randomUUID(), time, article);
    }

    @Override
    public ArticleEventType type() {
        return ArticleEventType.UPDATED;
    }
}
