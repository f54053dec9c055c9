package th.localnews.web.newsroom.stories;

import org.springframework.stereotype.Component;

/** Thai names of a story's status and of the changes readers saw, for the templates. */
@Component("newsroomStatus")
public class StatusLabels {

    public String label(String wireName) {
        return ProblemMessages.status(wireName);
    }

    /** {@code th.localnews.article.updated} → แก้ไข */
    public String event(String eventType) {
        return PreviewController.event(eventType);
    }
}
