package th.localnews.feed.syndication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import th.localnews.events.ArticleSnapshot;
import th.localnews.events.taxonomy.Sections;
import th.localnews.feed.web.FeedProperties;
import th.localnews.feed.web.StoryLinks;

/**
 * RSS 2.0 with a real XML writer rather than Rome: Rome is not in the build's package mirror, and RSS 2.0 is small
 * enough that a StAX writer gives valid, escaped XML with Thai intact. Dates are RFC 822 (as RFC 1123, in GMT).
 */
@Component
class RssWriter {

    static final int ITEMS = 50;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final StoryLinks links;
    private final String publication;

    RssWriter(StoryLinks links, FeedProperties properties) {
        this.links = links;
        this.publication = properties.publicationName();
    }

    /** @param section null for the whole site */
    byte[] write(String section, List<ArticleSnapshot> stories) {
        String title = section == null ? publication
                : publication + " – " + Sections.bySlug(section).map(s -> s.nameTh()).orElse(section);
        try (Xml xml = new Xml()) {
            xml.writer.writeStartElement("rss");
            xml.writer.writeAttribute("version", "2.0");
            xml.writer.writeStartElement("channel");
            xml.element("title", title);
            xml.element("link", section == null ? links.home() : links.section(section));
            xml.element("description", "ข่าวท้องถิ่นล่าสุดจาก " + title);
            xml.element("language", "th");
            if (!stories.isEmpty()) {
                xml.element("lastBuildDate", rfc822(stories.stream().map(ArticleSnapshot::updatedAt)
                        .max(Instant::compareTo).orElseThrow()));
            }
            for (ArticleSnapshot story : stories) {
                item(xml, story);
            }
            xml.writer.writeEndElement();
            xml.writer.writeEndElement();
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write RSS", e);
        }
    }

    private void item(Xml xml, ArticleSnapshot story) throws XMLStreamException {
        String url = links.article(story);
        xml.writer.writeStartElement("item");
        xml.element("title", story.title());
        xml.element("link", url);
        xml.writer.writeStartElement("guid");
        xml.writer.writeAttribute("isPermaLink", "true");
        xml.writer.writeCharacters(url);
        xml.writer.writeEndElement();
        xml.element("description", story.summary());
        xml.element("category", story.section());
        for (String tag : story.tags()) {
            xml.element("category", tag);
        }
        xml.element("pubDate", rfc822(story.publishedAt()));
        xml.writer.writeEndElement();
    }

    static String rfc822(Instant instant) {
        return RFC_822.format(instant.atZone(ZoneOffset.UTC));
    }
}
