package th.localnews.notification.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubscriptionController {

    record SubscriptionView(UUID id, String channel, String target, Interests interests, QuietHours quietHours,
            String status, String disabledReason, Instant disabledAt) {

        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.id(), subscription.channel().wireName(), subscription.target(),
                    subscription.interests(), subscription.quietHours(),
                    subscription.status().name().toLowerCase(java.util.Locale.ROOT), subscription.disabledReason(),
                    subscription.disabledAt());
        }
    }

    private final SubscriptionService service;

    SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @PostMapping("/api/subscriptions")
    ResponseEntity<Map<String, Object>> subscribe(@RequestBody(required = false) SubscribeRequest request) {
        SubscriptionService.Created created = service.subscribe(request);
        Subscription subscription = created.subscription();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", subscription.id());
        body.put("manageToken", created.manageToken());
        if (subscription.webhookSecret() != null) {
            body.put("secret", subscription.webhookSecret());
        }
        body.put("status", SubscriptionView.of(subscription).status());
        return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id())).body(body);
    }

    @GetMapping("/api/subscriptions/{id}")
    SubscriptionView get(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            String authorization, @RequestParam(name = "token", required = false) String token) {
        return SubscriptionView.of(service.get(id, token(authorization, token)));
    }

    @DeleteMapping("/api/subscriptions/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.AUTHORIZATION,
            required = false) String authorization, @RequestParam(name = "token", required = false) String token) {
        service.delete(id, token(authorization, token));
        return ResponseEntity.noContent().build();
    }

    /** RFC 8058 one-click: mail clients POST {@code List-Unsubscribe=One-Click} to the link's URL. */
    @PostMapping("/api/unsubscribe")
    ResponseEntity<Void> unsubscribe(@RequestParam(name = "token", required = false) String token) {
        service.unsubscribe(token);
        return ResponseEntity.noContent().build();
    }

    /** The link in the double opt-in mail. */
    @GetMapping("/api/subscriptions/confirm")
    Map<String, Object> confirm(@RequestParam(name = "token", required = false) String token) {
        service.confirm(token);
        return Map.of("status", "active");
    }

    private static String token(String authorization, String queryToken) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return queryToken;
    }
}
