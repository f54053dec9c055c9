package th.localnews.notification.subscription;

import java.util.List;

/** The body of {@code POST /api/subscriptions}; which fields apply depends on {@code channel}. */
record SubscribeRequest(String channel, String url, String email, PushSubscription subscription,
        InterestsRequest interests, QuietHoursRequest quietHours) {

    SubscribeRequest(String channel, String url, String email, PushSubscription subscription,
            InterestsRequest interests) {
        this(channel, url, email, subscription, interests, null);
    }

    /** Wall-clock times in the service's zone (Asia/Bangkok), "HH:mm"; optional. */
    record QuietHoursRequest(String start, String end) {
    }

    /** The browser's PushSubscription.toJSON(), as the web page sends it. */
    record PushSubscription(String endpoint, Keys keys) {
        record Keys(String p256dh, String auth) {
        }
    }

    record InterestsRequest(Boolean all, Boolean breaking, List<String> sections, List<String> provinces,
            List<String> tags, List<String> keywords) {
    }
}
