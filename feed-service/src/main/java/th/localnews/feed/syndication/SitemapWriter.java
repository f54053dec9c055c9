package th.localnews.feed.syndication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.web.FeedProperties;
import th.localnews.feed.web.StoryLinks;

/**
 * The sitemap with Google News tags. Google News takes news tags only for stories of the last two days, so older
 * stories are listed as plain URLs; dates are ISO 8601 (W3C datetime) in UTC.
 */
@Component
class SitemapWriter {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The sitemap protocol allows 50,000 URLs per file. */
    static final int MAX_URLS = 50_000;
    private static final Duration NEWS_WINDOW = Duration.ofDays(2);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final StoryLinks links;
    private final String publication;
    private final Clock clock;

    SitemapWriter(StoryLinks links, FeedProperties properties, Clock clock) {
        this.links = links;
        this.publication = properties.publicationName();
        this.clock = clock;
    }

    byte[] write(List<ArticleSnapshot> stories) {
        Instant newsSince = clock.instant().minus(NEWS_WINDOW);
        try (Xml xml = new Xml()) {
            xml.writer.setDefaultNamespace(SITEMAP_NS);
            xml.writer.setPrefix("news", NEWS_NS);
            xml.writer.writeStartElement(SITEMAP_NS, "urlset");
            xml.writer.writeDefaultNamespace(SITEMAP_NS);
            xml.writer.writeNamespace("news", NEWS_NS);
            for (ArticleSnapshot story : stories) {
                url(xml, story, story.publishedAt().isAfter(newsSince));
            }
            xml.writer.writeEndElement();
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
    }

    private void url(Xml xml, ArticleSnapshot story, boolean news) throws XMLStreamException {
        xml.writer.writeStartElement(SITEMAP_NS, "url");
        xml.element("", SITEMAP_NS, "loc", links.article(story));
        xml.element("", SITEMAP_NS, "lastmod", iso(story.updatedAt()));
        if (news) {
            xml.writer.writeStartElement(NEWS_NS, "news");
            xml.writer.writeStartElement(NEWS_NS, "publication");
            xml.element("news", NEWS_NS, "name", publication);
            xml.element("news", NEWS_NS, "language", "th");
            xml.writer.writeEndElement();
            xml.element("news", NEWS_NS, "publication_date", iso(story.publishedAt()));
            xml.element("news", NEWS_NS, "title", story.title());
            xml.writer.writeEndElement();
        }
        xml.writer.writeEndElement();
    }

    static String iso(Instant instant) {
        return ISO.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }
}
