package th.localnews.feed.article;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.events.ArticleSnapshot;
import th.localnews.events.taxonomy.Provinces;
import th.localnews.events.taxonomy.Sections;
import th.localnews.feed.search.Excerpts;
import th.localnews.feed.view.ArticleView;
import th.localnews.feed.view.FeedCursor;
import th.localnews.feed.view.FeedPage;
import th.localnews.feed.view.FeedQuery;
import th.localnews.feed.view.InvalidFeedRequestException;
import th.localnews.feed.web.CachedResponses;
import th.localnews.feed.web.FeedProperties;
import th.localnews.feed.web.RenderedCache;
import th.localnews.feed.web.StoryLinks;
import th.localnews.feed.web.StoryNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** Feeds ({@code GET /api/articles}) and the article view ({@code GET /api/articles/{id-or-slug}}). */
@RestController
class ArticlesController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    private final ArticleView view;
    private final RelatedStories related;
    private final RenderedCache cache;
    private final StoryLinks links;
    private final Excerpts excerpts;
    private final JsonMapper json;

    ArticlesController(ArticleView view, RelatedStories related, RenderedCache cache, StoryLinks links,
            FeedProperties properties, JsonMapper json) {
        this.view = view;
        this.related = related;
        this.cache = cache;
        this.links = links;
        this.excerpts = new Excerpts(properties.excerptLength());
        this.json = json;
    }

    /**
     * A misspelt section or province is the caller's mistake, said as one (400), not an empty feed that looks like
     * "no news"; it also keeps arbitrary strings out of the response cache's keys.
     */
    private static void rejectUnknownTaxonomy(FeedQuery query) {
        if (query.section() != null && !Sections.isKnown(query.section())) {
            throw new InvalidFeedRequestException("feed.unknown-section", "no section is called " + query.section()
                    + "; GET /api/sections lists them");
        }
        if (query.province() != null && !Provinces.isKnownArea(query.province())) {
            throw new InvalidFeedRequestException("feed.unknown-province", "no province has the code "
                    + query.province() + "; GET /api/provinces lists them (ISO 3166-2:TH, e.g. TH-40)");
        }
    }

    @GetMapping("/api/articles")
    ResponseEntity<byte[]> feed(@RequestParam(required = false) String section,
            @RequestParam(required = false) String province, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidFeedRequestException("feed.limit-out-of-range", "limit must be between 1 and " + MAX_LIMIT);
        }
        FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.decode(cursor);
        FeedQuery query = new FeedQuery(section, province, tag);
        rejectUnknownTaxonomy(query);
        String key = String.join("\u0000", "feed", String.valueOf(query), String.valueOf(cursor), Integer.toString(size));
        return CachedResponses.respond(cache.get(key, MediaType.APPLICATION_JSON, () -> {
            FeedPage page = view.page(query, after, size);
            return json.writeValueAsBytes(new StoryJson.Feed(summaries(page.stories()),
                    page.next() == null ? null : page.next().encode()));
        }), ifNoneMatch, CachedResponses.API);
    }

    @GetMapping("/api/articles/{idOrSlug}")
    ResponseEntity<byte[]> article(@PathVariable String idOrSlug,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        long id = find(idOrSlug).id();
        return CachedResponses.respond(cache.get("article\u0000" + id, MediaType.APPLICATION_JSON, () -> {
            // looked up again inside the rendering, so the bytes are never older than the revision they are cached for
            ArticleSnapshot story = find(Long.toString(id));
            return json.writeValueAsBytes(StoryJson.Article.of(story, links.article(story), summaries(related.of(story))));
        }), ifNoneMatch, CachedResponses.API);
    }

    private ArticleSnapshot find(String idOrSlug) {
        boolean numeric = !idOrSlug.isEmpty() && idOrSlug.length() <= 18 && idOrSlug.chars().allMatch(Character::isDigit);
        return (numeric ? view.byId(Long.parseLong(idOrSlug)) : view.bySlug(idOrSlug))
                .orElseThrow(() -> new StoryNotFoundException("article.not-found",
                        "no published story with " + (numeric ? "id " : "slug ") + idOrSlug));
    }

    private List<StoryJson.Summary> summaries(List<ArticleSnapshot> stories) {
        return stories.stream().map(s -> StoryJson.Summary.of(s, links, excerpts)).toList();
    }
}
