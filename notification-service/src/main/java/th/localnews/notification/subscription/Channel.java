package th.localnews.notification.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a subscriber is reached; the wire names are the API's. */
public enum Channel {
    WEBHOOK, WEBPUSH, EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Channel> fromWireName(String name) {
        return Arrays.stream(values()).filter(channel -> channel.wireName().equals(name)).findFirst();
    }
}
