package th.localnews.article.sanitize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The newsroom's HTML policy: what a news story needs (paragraphs, sub-headings, lists, links, images with
 * captions, quotes, tables) and nothing that runs: no scripts, styles, event handlers, {@code javascript:} or
 * {@code data:} URLs. Links get {@code rel="noopener nofollow"}.
 */
@Component
public class BodySanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
                    "sub", "sup", "blockquote", "figure", "figcaption", "hr", "a", "img",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("noopener", "nofollow")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("cite").onElements("blockquote")
            .allowAttributes("colspan", "rowspan", "scope").onElements("th", "td")
            .toFactory();

    public Sanitized sanitize(String html) {
        Collector removed = new Collector();
        String clean = POLICY.sanitize(html == null ? "" : html, removed, null);
        return new Sanitized(clean, removed.report());
    }

    private static final class Collector implements HtmlChangeListener<Object> {

        private final Set<String> elements = new LinkedHashSet<>();
        private final Set<String> attributes = new LinkedHashSet<>();

        @Override
        public void discardedTag(Object context, String elementName) {
            elements.add(elementName);
        }

        @Override
        public void discardedAttributes(Object context, String tagName, String... attributeNames) {
            for (String attribute : attributeNames) {
                attributes.add(tagName + "@" + attribute);
            }
        }

        SanitizerReport report() {
            return new SanitizerReport(List.copyOf(elements), List.copyOf(attributes));
        }
    }
}
