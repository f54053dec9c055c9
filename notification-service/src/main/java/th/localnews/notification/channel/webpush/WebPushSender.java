package th.localnews.notification.channel.webpush;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/**
 * Sends an encrypted Web Push message (RFC 8030/8291/8292); 404 and 410 mean the browser unsubscribed. No trace
 * headers: the push service is a third party, not the subscriber.
 */
@Component
class WebPushSender implements AlertSender {

    private static final Set<Integer> GONE = Set.of(404, 410);

    private final AlertHttpClient http;
    private final OutboundUrlGuard guard;
    private final JsonMapper json;
    private final VapidTokens vapid;
    private final Duration ttl;

    WebPushSender(AlertHttpClient http, OutboundUrlGuard guard, JsonMapper json, VapidTokens vapid,
            VapidProperties vapidProperties) {
        this.http = http;
        this.guard = guard;
        this.json = json;
        this.vapid = vapid;
        this.ttl = vapidProperties.ttl();
    }

    @Override
    public Channel channel() {
        return Channel.WEBPUSH;
    }

    @Override
    public SendResult send(Subscription subscription, Alert alert, String deliveryId, Map<String, String> traceHeaders) {
        URI endpoint;
        try {
            endpoint = guard.check(subscription.target());
        } catch (ForbiddenTargetException e) {
            return SendResult.rejected(e.getMessage());
        }
        byte[] payload = PushEncryption.encrypt(json.writeValueAsBytes(payload(alert, deliveryId)),
                EcP256.decodeBase64Url(subscription.pushP256dh()), EcP256.decodeBase64Url(subscription.pushAuth()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", vapid.authorization(endpoint));
        headers.put("Content-Encoding", "aes128gcm");
        headers.put("TTL", Long.toString(ttl.toSeconds()));
        headers.put("Urgency", alert.breaking() ? "high" : "normal");
        // a resend, or a newer alert about the same story, replaces one the device has not fetched yet
        headers.put("Topic", Alert.isDigest(alert) ? "digest" : "article-" + alert.articleId());
        try {
            AlertHttpClient.Response response = http.post(endpoint, headers, payload, "application/octet-stream");
            return SendResult.ofResponse(response.status(), response.retryAfter(), GONE);
        } catch (RefusedAddressException e) {
            return SendResult.rejected(e.getMessage());
        } catch (IOException e) {
            return SendResult.failed(e);
        }
    }

    /** What the service worker shows; {@code tag} lets it replace rather than repeat a notification. */
    private static Map<String, Object> payload(Alert alert, String deliveryId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", deliveryId);
        payload.put("tag", "article-" + alert.articleId());
        payload.put("title", alert.title());
        payload.put("body", alert.summary());
        payload.put("url", alert.url());
        payload.put("breaking", alert.breaking());
        payload.put("publishedAt", alert.publishedAt().toString());
        return payload;
    }
}
