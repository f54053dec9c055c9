package th.localnews.feed.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import th.localnews.feed.view.ArticleView;

/**
 * Rendered responses keyed by request and valid for one {@link ArticleView#revision()}: a story is serialised once
 * per change of the view, not once per request. Only the current revision's renderings are held — every change of
 * the view makes all of them stale at once, so they are dropped together instead of lingering until their key is
 * asked for again. Bounded as well, because keys come from query strings.
 */
@Component
public class RenderedCache {

    /** The renderings made for one revision of the view, and the answers given with them by request line. */
    private record Generation(long revision, Map<String, Rendered> entries, Map<String, Answer> answers) {

        Generation(long revision) {
            this(revision, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1));
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
        Generation generation = generationFor(revision);
        Rendered cached = generation == null ? null : generation.entries().get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = Rendered.of(render.get(), mediaType);
        if (generation != null) {
            if (generation.entries().size() >= maxEntries) {
                generation.entries().clear();
            }
            generation.entries().put(key, rendered);
        }
        return rendered;
    }

    /** The generation of {@code revision}, started if it is newer; none if the view has already moved past it. */
    private Generation generationFor(long revision) {
        while (true) {
            Generation generation = current.get();
            if (generation.revision() == revision) {
                return generation;
            }
            if (generation.revision() > revision) {
                return null;
            }
            Generation next = new Generation(revision);
            if (current.compareAndSet(generation, next)) {
                return next;
            }
        }
    }

    /**
     * The answer given to exactly this request line while the view was at its current revision, if any: what
     * {@link CachedAnswerFilter} serves without going through Spring MVC again.
     */
    Answer answer(String requestLine) {
        Generation generation = current.get();
        return generation.revision() == view.revision() ? generation.answers().get(requestLine) : null;
    }

    /**
     * Keeps the answer the controller gave to {@code requestLine}, if the view is still at {@code revision}, the
     * one it was at before the request was handled (so the answer is not older than the revision it is kept
     * for). Request lines come from clients, so their number is bounded like the renderings'.
     */
    void remember(String requestLine, long revision, Answer answer) {
        Generation generation = current.get();
        if (generation.revision() != revision || view.revision() != revision) {
            return;
        }
        if (generation.answers().size() >= maxEntries) {
            generation.answers().clear();
        }
        generation.answers().put(requestLine, answer);
    }

    /** The view's revision now, read by the filter before a request is handled. */
    long revision() {
        return view.revision();
    }

    /** How many renderings are held now (all of them for the current revision). */
    int size() {
        return current.get().entries().size();
    }
}
