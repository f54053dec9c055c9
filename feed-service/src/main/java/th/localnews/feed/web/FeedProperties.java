package th.localnews.feed.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reader side, bound from {@code localnews.feed.*} (each with an environment override in
 * application.yml).
 *
 * @param publicUrl        the site's public base URL, used in every link handed out (RSS, sitemap, API)
 * @param publicationName  the magazine's name in RSS and Google News sitemaps
 * @param topic            the article log
 * @param topicReplicas    replication factor used if this service has to create the topics
 * @param excerptLength    longest excerpt in lists, in characters before the "…"
 * @param renderedCacheEntries how many rendered responses are kept per view revision
 * @param alertTimeout     how long one live-alert stream stays open before the browser reconnects
 */
@ConfigurationProperties("localnews.feed")
public record FeedProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("localnews") String publicationName,
        @DefaultValue("article-events") String topic,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("160") int excerptLength,
        @DefaultValue("2000") int renderedCacheEntries,
        @DefaultValue("30m") Duration alertTimeout) {

    public FeedProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
