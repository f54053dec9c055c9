package th.localnews.notification.channel.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;

/** Links in mails go through the public site (the gateway serves {@code /api} on the same origin). */
@Component
class MailLinks {

    private final String base;

    MailLinks(NotificationProperties properties) {
        this.base = properties.siteUrl().toString().replaceAll("/+$", "");
    }

    String confirm(String token) {
        return base + "/api/subscriptions/confirm?token=" + encode(token);
    }

    String unsubscribe(String token) {
        return base + "/api/unsubscribe?token=" + encode(token);
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
