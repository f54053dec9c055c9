package th.localnews.notification.dispatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
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
    private final ExecutorService planning;
    private final ObservationRegistry observations;

    DispatchPlanner(SubscriptionRepository subscriptions, KafkaTemplate<String, String> kafka, JsonMapper json,
            NotificationProperties properties, ExecutorService planningExecutor, ObservationRegistry observations) {
        this.subscriptions = subscriptions;
        this.planning = planningExecutor;
        this.observations = observations;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
    }

    /**
     * Plans the id space in slices, side by side on the planning pool: on a loaded machine one thread reading,
     * matching and sending 100,000 subscriptions was what every delivery waited for (docs/benchmarks.md P4). Each
     * subscriber is in exactly one slice. The slices send in the caller's observation, so every dispatch record
     * stays in the article event's trace.
     *
     * @return how many alerts were planned
     */
    int plan(ArticleSnapshot article) {
        InterestMatcher matcher = InterestMatcher.forArticle(article);
        Observation current = observations.getCurrentObservation();
        List<Future<Integer>> slices = new ArrayList<>();
        for (UUID[] slice : slices(properties.dispatch().planners())) {
            slices.add(planning.submit(() -> current == null ? planSlice(article, matcher, slice[0], slice[1])
                    : current.scoped(() -> planSlice(article, matcher, slice[0], slice[1]))));
        }
        int planned = 0;
        IllegalStateException failed = null;
        for (Future<Integer> slice : slices) {
            try {
                planned += slice.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while planning alerts", e);
            } catch (ExecutionException e) {
                failed = new IllegalStateException("planning alerts failed", e.getCause());
            }
        }
        // every slice has finished (or failed) before the event may be retried, so no two plannings overlap
        if (failed != null) {
            throw failed;
        }
        return planned;
    }

    /**
     * {@code count} contiguous ranges of the uuid order, as (exclusive lower, inclusive upper) bounds, split on
     * the first 64 bits; random ids fall evenly into them.
     */
    static List<UUID[]> slices(int count) {
        List<UUID[]> slices = new ArrayList<>();
        long step = Long.divideUnsigned(-1L, count);
        UUID lower = SubscriptionRepository.FIRST;
        for (int i = 1; i <= count; i++) {
            UUID upper = i == count ? new UUID(-1L, -1L) : new UUID(step * i, -1L);
            slices.add(new UUID[] { lower, upper });
            lower = upper;
        }
        return slices;
    }

    private int planSlice(ArticleSnapshot article, InterestMatcher matcher, UUID after, UUID last) {
        int pageSize = properties.dispatch().pageSize();
        int planned = 0;
        List<CompletableFuture<?>> previous = List.of();
        List<Subscription> page;
        do {
            page = subscriptions.candidates(after, last, pageSize, article.breaking(), article.section(),
                    article.provinces(), article.tags());
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Subscription subscription : page) {
                if (matcher.matches(subscription.interests())) {
                    Alert alert = alert(subscription.id(), article);
                    sends.add(kafka.send(properties.dispatch().topic(), subscription.id().toString(),
                            json.writeValueAsString(alert)));
                }
            }
            // the previous page's sends were in flight while this page was read and sent
            awaitAll(previous);
            previous = sends;
            planned += sends.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == pageSize);
        awaitAll(previous);
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
