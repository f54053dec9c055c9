package th.localnews.notification.channel.webpush;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.outbound.ForbiddenTargetException;
import th.localnews.notification.outbound.OutboundUrlGuard;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;
import tools.jackson.databind.json.JsonMapper;

/** Sends an encrypted Web Push message (RFC 8030/8291/8292); 404 and 410 mean the browser unsubscribed. */
@Component
class WebPushSender implements AlertSender {

    private static final Set<Integer> GONE = Set.of(404, 410);

    private final HttpClient http;
    private final OutboundUrlGuard guard;
    private final JsonMapper json;
    private final VapidTokens vapid;
    private final Duration ttl;
    private final Duration timeout;

    WebPushSender(HttpClient http, OutboundUrlGuard guard, JsonMapper json, VapidTokens vapid,
            VapidProperties vapidProperties, NotificationProperties properties) {
        this.http = http;
        this.guard = guard;
        this.json = json;
        this.vapid = vapid;
        this.ttl = vapidProperties.ttl();
        this.timeout = properties.dispatch().requestTimeout();
    }

    @Override
    public Channel channel() {
        return Channel.WEBPUSH;
    }

    @Override
    public SendResult send(Subscription subscription, Alert alert, String deliveryId) {
        URI endpoint;
        try {
            endpoint = guard.check(subscription.target());
        } catch (ForbiddenTargetException e) {
            return SendResult.rejected(e.getMessage());
        }
        byte[] payload = PushEncryption.encrypt(json.writeValueAsBytes(payload(alert, deliveryId)),
                EcP256.decodeBase64Url(subscription.pushP256dh()), EcP256.decodeBase64Url(subscription.pushAuth()));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", vapid.authorization(endpoint))
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("TTL", Long.toString(ttl.toSeconds()))
                .header("Urgency", alert.breaking() ? "high" : "normal")
                // a resend, or a newer alert about the same story, replaces one the device has not fetched yet
                .header("Topic", Alert.isDigest(alert) ? "digest" : "article-" + alert.articleId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return SendResult.ofResponse(response.statusCode(), response.headers(), GONE);
        } catch (IOException e) {
            return SendResult.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
