package th.localnews.notification.channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One story for one subscriber: the record on the dispatch topic. It names the subscription rather than
 * carrying its address, so an unsubscribe between planning and sending is honoured.
 */
public record Alert(UUID subscriptionId, long articleId, String title, String summary, String url, String section,
        List<String> provinces, boolean breaking, Instant publishedAt) {

    /** The section of a digest: one alert listing the stories the guard rails held back (article id 0). */
    public static final String DIGEST_SECTION = "digest";

    public Alert {
        provinces = List.copyOf(provinces);
    }

    public static boolean isDigest(Alert alert) {
        return DIGEST_SECTION.equals(alert.section()) && alert.articleId() == 0;
    }
}
