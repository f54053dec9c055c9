package th.localnews.web.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Search snippets come as escaped text with {@code <mark>} around matches. Rather than trust that markup, they are
 * split into plain-text parts that the template escapes again, so only the highlighting survives.
 */
@Component("snippets")
public class Snippets {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    public record Part(String text, boolean marked) {
    }

    public List<Part> parts(String snippet) {
        List<Part> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        Matcher m = MARK.matcher(snippet);
        int at = 0;
        while (m.find()) {
            add(parts, snippet.substring(at, m.start()), false);
            add(parts, m.group(1), true);
            at = m.end();
        }
        add(parts, snippet.substring(at), false);
        return parts;
    }

    private static void add(List<Part> parts, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            parts.add(new Part(HtmlUtils.htmlUnescape(escaped.replaceAll("<[^>]*>", "")), marked));
        }
    }
}
