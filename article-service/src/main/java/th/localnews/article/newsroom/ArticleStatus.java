package th.localnews.article.newsroom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a story is in its life: draft → scheduled → published → retracted (a scheduled story may also go out at once). */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, RETRACTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(name)).findFirst();
    }
}
