package th.localnews.feed.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventType;
import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.SearchDocument;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * Everything readers can see, materialised in memory from the article log: per article the highest version
 * applied, the visible stories in feed order, slugs, and the search index. Writes are serialised (one consumer
 * thread, plus a rebuild now and then); reads go to concurrent maps and never block.
 *
 * <p>Idempotent and order-insensitive per article: a version not newer than the one applied is ignored, so the
 * same log replayed, redelivered or shuffled per article yields the same view.
 */
public final class ArticleView {

    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final Map<Long, ArticleSnapshot> visible = new ConcurrentHashMap<>();
    private final Map<String, Long> slugs = new ConcurrentHashMap<>();
    private final NavigableMap<FeedKey, ArticleSnapshot> feed = new ConcurrentSkipListMap<>();
    private final ThaiSearchIndex search;
    private final AtomicLong revision = new AtomicLong();

    public ArticleView(ThaiSearchIndex search) {
        this.search = search;
    }

    public synchronized ApplyOutcome apply(ArticleEvent event) {
        ArticleSnapshot story = event.article();
        Long applied = versions.get(story.id());
        if (applied != null && applied >= story.version()) {
            return ApplyOutcome.STALE;
        }
        versions.put(story.id(), story.version());
        ArticleSnapshot previous = hide(story.id());
        revision.incrementAndGet();
        if (event.type() == ArticleEventType.RETRACTED || !ArticleSnapshot.STATUS_PUBLISHED.equals(story.status())) {
            search.delete(Long.toString(story.id()));
            return ApplyOutcome.REMOVED;
        }
        visible.put(story.id(), story);
        slugs.put(story.slug(), story.id());
        feed.put(keyOf(story), story);
        search.upsert(toSearchDocument(story));
        return previous == null ? ApplyOutcome.SHOWN : ApplyOutcome.CHANGED;
    }

    /** Forgets everything, before the log is replayed from its first offset. */
    public synchronized void reset() {
        versions.clear();
        visible.clear();
        slugs.clear();
        feed.clear();
        search.clear();
        revision.incrementAndGet();
    }

    private ArticleSnapshot hide(long id) {
        ArticleSnapshot previous = visible.remove(id);
        if (previous != null) {
            feed.remove(keyOf(previous));
            slugs.remove(previous.slug(), id);
        }
        return previous;
    }

    public Optional<ArticleSnapshot> byId(long id) {
        return Optional.ofNullable(visible.get(id));
    }

    public Optional<ArticleSnapshot> bySlug(String slug) {
        Long id = slugs.get(slug);
        return id == null ? Optional.empty() : byId(id);
    }

    /** The stories matching {@code query} after {@code cursor} (null: from the newest), at most {@code limit}. */
    public FeedPage page(Predicate<ArticleSnapshot> query, FeedCursor cursor, int limit) {
        NavigableMap<FeedKey, ArticleSnapshot> rest = cursor == null ? feed : feed.tailMap(cursor.after(), false);
        List<ArticleSnapshot> stories = new ArrayList<>(limit);
        for (ArticleSnapshot story : rest.values()) {
            if (query.test(story)) {
                if (stories.size() == limit) {
                    return new FeedPage(stories, FeedCursor.after(keyOf(stories.get(limit - 1))));
                }
                stories.add(story);
            }
        }
        return new FeedPage(stories, null);
    }

    /** The newest stories matching {@code query}, at most {@code limit}. */
    public List<ArticleSnapshot> latest(Predicate<ArticleSnapshot> query, int limit) {
        return page(query, null, limit).stories();
    }

    public ThaiSearchIndex search() {
        return search;
    }

    /** Grows with every change readers can see; cached renderings are valid for one revision. */
    public long revision() {
        return revision.get();
    }

    public int size() {
        return visible.size();
    }

    /** A digest of the whole view (every article's applied version and the visible stories in feed order). */
    public synchronized String checksum() {
        MessageDigest digest = sha256();
        new TreeMap<>(versions).forEach((id, version) -> update(digest, "v" + id + ":" + version));
        feed.forEach((key, story) -> update(digest, "f" + story.id() + ":" + story.version() + ":" + story.slug()));
        update(digest, "s" + search.size());
        return HexFormat.of().formatHex(digest.digest());
    }

    public static FeedKey keyOf(ArticleSnapshot story) {
        return new FeedKey(story.publishedAt(), story.id());
    }

    private static SearchDocument toSearchDocument(ArticleSnapshot story) {
        return new SearchDocument(Long.toString(story.id()), story.title(), story.summary(), story.body(),
                story.section(), story.tags(), story.provinces(), story.localGovernmentUnits(), story.publishedAt());
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
