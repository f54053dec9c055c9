package th.localnews.feed.search;

import java.time.Instant;
import java.util.List;

/** Test data builder for {@link SearchDocument}s. */
final class Stories {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private String id = "1";
    private String title = "";
    private String summary = "";
    private String body = "";
    private List<String> tags = List.of();
    private List<String> provinces = List.of();
    private List<String> units = List.of();
    private Instant publishedAt = NOW.minusSeconds(86_400);

    static Stories story(String id) {
        Stories story = new Stories();
        story.id = id;
        return story;
    }

    Stories title(String value) {
        title = value;
        return this;
    }

    Stories summary(String value) {
        summary = value;
        return this;
    }

    Stories body(String value) {
        body = value;
        return this;
    }

    Stories tags(String... values) {
        tags = List.of(values);
        return this;
    }

    Stories provinces(String... values) {
        provinces = List.of(values);
        return this;
    }

    Stories units(String... values) {
        units = List.of(values);
        return this;
    }

    Stories publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    Stories daysOld(long days) {
        publishedAt = NOW.minusSeconds(days * 86_400);
        return this;
    }

    SearchDocument build() {
        return new SearchDocument(id, title, summary, body, "local-government", tags, provinces, units, publishedAt);
    }
}
