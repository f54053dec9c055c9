package th.localnews.notification.dispatch;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import th.localnews.notification.channel.Alert;

/**
 * A dispatch record as the planner writes it: one story's alert for several subscribers of one partition,
 * {@code {"subscriptionIds":["<uuid>",...],"alert":{...}}}; the alert names no subscriber of its own.
 */
record AlertBatch(List<UUID> subscriptionIds, Alert alert) {

    AlertBatch {
        Objects.requireNonNull(alert, "alert");
        subscriptionIds = List.copyOf(Objects.requireNonNull(subscriptionIds, "subscriptionIds"));
    }

    /** The alert for each subscriber, in the record's order. */
    List<Alert> alerts() {
        return subscriptionIds.stream()
                .map(id -> new Alert(id, alert.articleId(), alert.title(), alert.summary(), alert.url(), alert.section(),
                        alert.provinces(), alert.breaking(), alert.publishedAt()))
                .toList();
    }
}
