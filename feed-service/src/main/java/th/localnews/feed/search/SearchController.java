package th.localnews.feed.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.feed.view.ArticleView;
import th.localnews.feed.web.CachedResponses;
import th.localnews.feed.web.RenderedCache;
import th.localnews.feed.web.StoryLinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/search?q=&cursor=&limit=}: what the user typed is plain text, never query syntax, so Lucene
 * operators are just characters; a request that cannot be answered is a 400 with the reason's code.
 */
@RestController
class SearchController {

    static final int DEFAULT_LIMIT = 20;

    record Hit(long id, String slug, String url, String title, String snippet, Instant publishedAt) {
    }

    record Results(List<Hit> hits, String nextCursor, long totalHits) {
    }

    private final ArticleView view;
    private final RenderedCache cache;
    private final StoryLinks links;
    private final JsonMapper json;

    SearchController(ArticleView view, RenderedCache cache, StoryLinks links, JsonMapper json) {
        this.view = view;
        this.cache = cache;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/search")
    ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        String key = String.join("\u0000", "search", String.valueOf(q), String.valueOf(cursor), Integer.toString(size));
        return CachedResponses.respond(cache.get(key, MediaType.APPLICATION_JSON, () -> {
            SearchPage page = view.search().search(q, size, cursor);
            List<Hit> hits = page.hits().stream().map(this::hit).flatMap(Optional::stream).toList();
            return json.writeValueAsBytes(new Results(hits, page.nextCursor(), page.totalHits()));
        }), ifNoneMatch, CachedResponses.API);
    }

    private Optional<Hit> hit(SearchHit hit) {
        return view.byId(Long.parseLong(hit.id())).map(story -> new Hit(story.id(), story.slug(),
                links.article(story), hit.title(), hit.snippet(), hit.publishedAt()));
    }
}
