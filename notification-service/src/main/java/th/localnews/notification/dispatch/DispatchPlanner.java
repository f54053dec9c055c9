package th.localnews.notification.dispatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleSnapshot;
import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.matching.InterestMatcher;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one story into one dispatch record per interested subscriber, page by page, and returns only once
 * the broker has them all: the caller may then mark the event handled. Planning twice is harmless, the
 * ledger stops the second alert.
 */
@Component
class DispatchPlanner {

    private final SubscriptionRepository subscriptions;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final NotificationProperties properties;

    DispatchPlanner(SubscriptionRepository subscriptions, KafkaTemplate<String, String> kafka, JsonMapper json,
            NotificationProperties properties) {
        this.subscriptions = subscriptions;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
    }

    /** @return how many alerts were planned */
    int plan(ArticleSnapshot article) {
        InterestMatcher matcher = InterestMatcher.forArticle(article);
        int pageSize = properties.dispatch().pageSize();
        int planned = 0;
        UUID after = SubscriptionRepository.FIRST;
        List<Subscription> page;
        do {
            page = subscriptions.candidates(after, pageSize, article.breaking(), article.section(), article.provinces(),
                    article.tags());
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Subscription subscription : page) {
                if (matcher.matches(subscription.interests())) {
                    Alert alert = alert(subscription.id(), article);
                    sends.add(kafka.send(properties.dispatch().topic(), subscription.id().toString(),
                            json.writeValueAsString(alert)));
                }
            }
            awaitAll(sends);
            planned += sends.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == pageSize);
        return planned;
    }

    private Alert alert(UUID subscriptionId, ArticleSnapshot article) {
        String url = properties.siteUrl().toString().replaceAll("/+$", "") + "/articles/" + article.id() + "/"
                + URLEncoder.encode(article.slug(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Alert(subscriptionId, article.id(), article.title(), article.summary(), url, article.section(),
                article.provinces(), article.breaking(), article.publishedAt());
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning alerts", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the planned alerts", e);
        }
    }
}
