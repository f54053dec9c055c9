package th.localnews.feed.syndication;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.events.taxonomy.Sections;
import th.localnews.feed.view.ArticleView;
import th.localnews.feed.view.FeedQuery;
import th.localnews.feed.web.CachedResponses;
import th.localnews.feed.web.RenderedCache;
import th.localnews.feed.web.StoryNotFoundException;

/** {@code /rss.xml}, {@code /sections/{s}/rss.xml} and {@code /sitemap.xml}, rendered once per view revision. */
@RestController
class SyndicationController {

    static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);
    static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final ArticleView view;
    private final RenderedCache cache;
    private final RssWriter rss;
    private final SitemapWriter sitemap;

    SyndicationController(ArticleView view, RenderedCache cache, RssWriter rss, SitemapWriter sitemap) {
        this.view = view;
        this.cache = cache;
        this.rss = rss;
        this.sitemap = sitemap;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<byte[]> siteRss(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return CachedResponses.respond(cache.get("rss", RSS,
                () -> rss.write(null, view.latest(FeedQuery.ALL, RssWriter.ITEMS))), etag, CachedResponses.FEEDS);
    }

    @GetMapping("/sections/{section}/rss.xml")
    ResponseEntity<byte[]> sectionRss(@PathVariable String section,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        if (!Sections.isKnown(section)) {
            throw new StoryNotFoundException("section.not-found", "no section " + section);
        }
        return CachedResponses.respond(cache.get("rss\u0000" + section, RSS,
                () -> rss.write(section, view.latest(FeedQuery.section(section), RssWriter.ITEMS))),
                etag, CachedResponses.FEEDS);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return CachedResponses.respond(cache.get("sitemap", XML,
                () -> sitemap.write(view.latest(FeedQuery.ALL, SitemapWriter.MAX_URLS))), etag, CachedResponses.FEEDS);
    }
}
