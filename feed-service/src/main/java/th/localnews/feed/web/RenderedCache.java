package th.localnews.feed.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import th.localnews.feed.view.ArticleView;

/**
 * Rendered responses keyed by request and valid for one {@link ArticleView#revision()}: a story is serialised once
 * per change of the view, not once per request. Bounded, because keys come from query strings.
 */
@Component
public class RenderedCache {

    private record Entry(long revision, Rendered rendered) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ArticleView view;
    private final int maxEntries;

    RenderedCache(ArticleView view, FeedProperties properties) {
        this.view = view;
        this.maxEntries = properties.renderedCacheEntries();
    }

    /** The cached rendering of {@code key}, or {@code render}'s result, which is kept for the current revision. */
    public Rendered get(String key, MediaType mediaType, Supplier<byte[]> render) {
        // read before rendering: a change during rendering makes the entry stale at once, never wrongly fresh
        long revision = view.revision();
        Entry entry = entries.get(key);
        if (entry != null && entry.revision() == revision) {
            return entry.rendered();
        }
        Rendered rendered = Rendered.of(render.get(), mediaType);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry(revision, rendered));
        return rendered;
    }
}
