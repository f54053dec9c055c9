package th.localnews.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Folds the alerts the guard rails held back into ONE digest per subscriber, once quiet hours are over and
 * the hourly cap has room. A digest that still fails after its retries is marked failed and counts towards
 * the subscription's failure streak; its stories are not offered again.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    private static final int PAGE_SIZE = 500;
    private static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private final DigestLedger digests;
    private final SubscriptionRepository subscriptions;
    private final GuardRails guardRails;
    private final Map<Channel, AlertSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryRetry retry;
    private final DeliveryOutcomes outcomes;
    private final JsonMapper json;
    private final String siteUrl;

    DigestJob(DigestLedger digests, SubscriptionRepository subscriptions, GuardRails guardRails,
            List<AlertSender> senders, DeliveryRetry retry, DeliveryOutcomes outcomes, JsonMapper json,
            NotificationProperties properties) {
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.guardRails = guardRails;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retry = retry;
        this.outcomes = outcomes;
        this.json = json;
        this.siteUrl = properties.siteUrl().toString().replaceAll("/+$", "") + "/";
    }

    @Scheduled(fixedDelayString = "${notification.guard.digest-interval}",
            initialDelayString = "${notification.guard.digest-interval}")
    void sendDue() {
        digests.stale(STALE_AFTER, PAGE_SIZE).forEach(this::resend);
        UUID after = SubscriptionRepository.FIRST;
        List<UUID> page;
        do {
            page = digests.subscribersWithDeferred(after, PAGE_SIZE);
            page.forEach(this::sendIfDue);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE_SIZE);
    }

    private void sendIfDue(UUID id) {
        try {
            subscriptions.findById(id).filter(subscription -> subscription.status() == Subscription.Status.ACTIVE)
                    .filter(guardRails::digestAllowed)
                    .ifPresent(this::send);
        } catch (RuntimeException e) {
            // one subscriber's trouble must not starve the rest; its rows stay deferred or its digest failed
            log.warn("Digest for subscription {} failed: {}", id, e.toString());
        }
    }

    private void send(Subscription subscription) {
        digests.claim(subscription.id()).ifPresent(digest -> send(subscription, digest));
    }

    /** Same digest id, same content, same delivery id: a receiver that got the first try drops this one. */
    private void resend(DigestLedger.Digest digest) {
        try {
            subscriptions.findById(digest.subscriptionId())
                    .filter(subscription -> subscription.status() == Subscription.Status.ACTIVE)
                    .ifPresent(subscription -> send(subscription, digest));
        } catch (RuntimeException e) {
            log.warn("Resending digest {} failed: {}", digest.id(), e.toString());
        }
    }

    private void send(Subscription subscription, DigestLedger.Digest digest) {
        Alert alert = digestAlert(subscription.id(), digest);
        AlertSender sender = senders.get(subscription.channel());
        // a digest gathers several stories, so it continues no one story's trace
        SendResult result = retry.run(() -> sender.send(subscription, alert, digest.deliveryId(), Map.of()));
        digests.finish(digest.id(), result.outcome() == SendResult.Outcome.DELIVERED ? "delivered" : "failed");
        outcomes.recordDigest(subscription, result);
    }

    Alert digestAlert(UUID subscriptionId, DigestLedger.Digest digest) {
        List<Alert> stories = new ArrayList<>();
        digest.alertsJson().forEach(alert -> stories.add(json.readValue(alert, Alert.class)));
        stories.sort(Comparator.comparing(Alert::publishedAt));
        StringBuilder list = new StringBuilder();
        for (Alert story : stories) {
            list.append("• ").append(story.title()).append(" ").append(story.url()).append('\n');
        }
        Instant at = digest.createdAt();
        return new Alert(subscriptionId, 0, "สรุปข่าวที่พักไว้ " + stories.size() + " เรื่อง", list.toString().strip(),
                siteUrl, Alert.DIGEST_SECTION, List.of(), false, at);
    }
}
