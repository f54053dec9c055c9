package th.localnews.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A story went public: now, at its scheduled instant, or as an imported story (see {@link ArticleSnapshot#imported()}). */
public record ArticlePublished(UUID id, Instant time, ArticleSnapshot article) implements ArticleEvent {

    public ArticlePublished {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(article, "article");
    }

    /** A new event with a fresh random id. */
    public static ArticlePublished of(ArticleSnapshot article, Instant time) {
        return new ArticlePublished(UUID.randomUUID(), time, article);
    }

    @Override
    public ArticleEventType type() {
        return ArticleEventType.PUBLISHED;
    }
}
