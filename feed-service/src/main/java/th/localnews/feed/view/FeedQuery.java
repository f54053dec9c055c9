package th.localnews.feed.view;

import java.util.function.Predicate;

import th.localnews.events.ArticleSnapshot;

/** Which stories a feed shows; a null criterion does not filter. */
public record FeedQuery(String section, String province, String tag) implements Predicate<ArticleSnapshot> {

    public static final FeedQuery ALL = new FeedQuery(null, null, null);

    public FeedQuery {
        section = blankToNull(section);
        province = blankToNull(province);
        tag = blankToNull(tag);
    }

    public static FeedQuery section(String section) {
        return new FeedQuery(section, null, null);
    }

    @Override
    public boolean test(ArticleSnapshot story) {
        return (section == null || section.equals(story.section()))
                && (province == null || story.provinces().contains(province))
                && (tag == null || story.tags().contains(tag));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
