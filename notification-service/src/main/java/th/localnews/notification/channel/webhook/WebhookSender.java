package th.localnews.notification.channel.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.outbound.AlertHttpClient;
import th.localnews.notification.outbound.ForbiddenTargetException;
import th.localnews.notification.outbound.OutboundUrlGuard;
import th.localnews.notification.outbound.RefusedAddressException;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;
import tools.jackson.databind.json.JsonMapper;

/** Posts the story as a signed Standard Webhooks message; 410 means "stop sending me these". */
@Component
class WebhookSender implements AlertSender {

    private static final Set<Integer> GONE = Set.of(410);

    private final AlertHttpClient http;
    private final OutboundUrlGuard guard;
    private final JsonMapper json;
    private volatile Written last;

    WebhookSender(AlertHttpClient http, OutboundUrlGuard guard, JsonMapper json) {
        this.http = http;
        this.guard = guard;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public SendResult send(Subscription subscription, Alert alert, String deliveryId, Map<String, String> traceHeaders) {
        URI target;
        try {
            target = guard.check(subscription.target());
        } catch (ForbiddenTargetException e) {
            return SendResult.rejected(e.getMessage());
        }
        byte[] body = body(alert);
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>(traceHeaders);
        headers.put("webhook-id", deliveryId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSecrets.sign(subscription.webhookSecret(), deliveryId, timestamp, body));
        try {
            AlertHttpClient.Response response = http.post(target, headers, body, "application/json");
            return SendResult.ofResponse(response.status(), response.retryAfter(), GONE);
        } catch (RefusedAddressException e) {
            return SendResult.rejected(e.getMessage());
        } catch (IOException e) {
            return SendResult.failed(e);
        }
    }

    /**
     * The message for this alert. It does not name the subscriber, so in a fan-out every subscriber of a story
     * gets the same bytes: the last one written is kept and reused while the story stays the same (the signature,
     * per subscriber, is over these bytes).
     */
    private byte[] body(Alert alert) {
        Written last = this.last;
        if (last != null && last.story().equals(Story.of(alert))) {
            return last.body();
        }
        byte[] body = json.writeValueAsBytes(message(alert));
        this.last = new Written(Story.of(alert), body);
        return body;
    }

    /** An alert without its subscriber: everything the message is made of. */
    private record Story(long articleId, String title, String summary, String url, String section,
            List<String> provinces, boolean breaking, Instant publishedAt) {

        static Story of(Alert alert) {
            return new Story(alert.articleId(), alert.title(), alert.summary(), alert.url(), alert.section(),
                    alert.provinces(), alert.breaking(), alert.publishedAt());
        }
    }

    private record Written(Story story, byte[] body) {
    }

    private static Map<String, Object> message(Alert alert) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("articleId", alert.articleId());
        story.put("title", alert.title());
        story.put("url", alert.url());
        story.put("summary", alert.summary());
        story.put("section", alert.section());
        story.put("provinces", alert.provinces());
        story.put("breaking", alert.breaking());
        story.put("publishedAt", alert.publishedAt().toString());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", Alert.isDigest(alert) ? "alerts.digest" : "article.published");
        // the story's time, not the send time, so every resend of this message has the same body
        message.put("timestamp", alert.publishedAt().toString());
        message.put("data", story);
        return message;
    }
}
