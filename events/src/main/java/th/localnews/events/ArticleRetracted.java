package th.localnews.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A story was taken down; readers must stop seeing it, the snapshot says what it was. */
public record ArticleRetracted(UUID id, Instant time, ArticleSnapshot article) implements ArticleEvent {

    public ArticleRetracted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(article, "article");
    }

    /** A new event with a fresh random id. */
    public static ArticleRetracted of(ArticleSnapshot article, Instant time) {
        return new ArticleRetracted(UUID.randomUUID(), time, article);
    }

    @Override
    public ArticleEventType type() {
        return ArticleEventType.RETRACTED;
    }
}
