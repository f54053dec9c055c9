package th.localnews.notification.subscription;

import java.util.List;

/**
 * What a subscriber wants to hear about. A story matches if ANY stated interest matches it (an alert for
 * "breaking news, or anything in Khon Kaen"), and {@code all} matches everything.
 */
public record Interests(boolean all, boolean breaking, List<String> sections, List<String> provinces,
        List<String> tags, List<String> keywords) {

    public Interests {
        sections = List.copyOf(sections);
        provinces = List.copyOf(provinces);
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
    }

    boolean isEmpty() {
        return !all && !breaking && sections.isEmpty() && provinces.isEmpty() && tags.isEmpty() && keywords.isEmpty();
    }
}
