package th.localnews.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The article event types and their CloudEvents {@code type} names. The wire name is the
 * contract; the Java names may change, the wire names never do.
 */
public enum ArticleEventType {

    PUBLISHED("th.localnews.article.published", ArticlePublished::new),
    UPDATED("th.localnews.article.updated", ArticleUpdated::new),
    RETRACTED("th.localnews.article.retracted", ArticleRetracted::new);

    private final String wireName;
    private final Factory factory;

    ArticleEventType(String wireName, Factory factory) {
        this.wireName = wireName;
        this.factory = factory;
    }

    public String wireName() {
        return wireName;
    }

    /** Empty for a type this version does not know, so a reader can skip it instead of failing. */
    public static Optional<ArticleEventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    public ArticleEvent create(UUID id, Instant time, ArticleSnapshot article) {
        return factory.create(id, time, article);
    }

    /** A new event of this type with a fresh random id. */
    public ArticleEvent create(ArticleSnapshot article, Instant time) {
        return create(UUID.randomUUID(), time, article);
    }

    @FunctionalInterface
    private interface Factory {
        ArticleEvent create(UUID id, Instant time, ArticleSnapshot article);
    }
}
