package th.localnews.article.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import th.localnews.article.sanitize.BodySanitizer;
import th.localnews.article.sanitize.Sanitized;
import th.localnews.article.sanitize.SanitizerReport;
import th.localnews.events.CoverImage;

/** Turns a validated request into clean content: sanitised body, trimmed and deduplicated lists. */
@Component
class ContentPreparer {

    private final BodySanitizer sanitizer;

    ContentPreparer(BodySanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    record Prepared(ArticleContent content, SanitizerReport report) {
    }

    Prepared prepare(ArticleRequest request) {
        Sanitized body = sanitizer.sanitize(request.body());
        ArticleContent content = new ArticleContent(request.title().strip(), strip(request.summary()), body.html(),
                request.section().strip(), tags(request.tags()), distinct(request.provinces()),
                distinct(request.localGovernmentUnits()), distinct(request.authors()), cover(request.coverImage()),
                request.breaking());
        return new Prepared(content, body.report());
    }

    /** Free text, so duplicates differing only in case or spacing are folded into the first spelling. */
    static List<String> tags(List<String> raw) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : raw == null ? List.<String>of() : raw) {
            String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<String> distinct(List<String> raw) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        (raw == null ? List.<String>of() : raw).stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> !value.isEmpty()).forEach(values::add);
        return List.copyOf(values);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static CoverImage cover(ArticleRequest.CoverImageRequest image) {
        return image == null ? null
                : new CoverImage(image.url().strip(), image.alt().strip(), image.width(), image.height());
    }
}
