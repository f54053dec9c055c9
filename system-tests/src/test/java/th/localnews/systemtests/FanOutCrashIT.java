package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.testkit.fakes.WebhookReceiver;
import tools.jackson.databind.JsonNode;

/**
 * G3: notification-service is killed with SIGKILL again and again while it fans stories out to webhook
 * subscribers; by the receivers' own ledgers every subscriber gets every story exactly once. A resend of the
 * same webhook-id (the crash window between sending and recording) is allowed, counted and bounded.
 */
@ExtendWith(Suite.class)
class FanOutCrashIT {

    private static final String NOTIFICATION = "notification-service";

    @Test
    void everySubscriberIsAlertedOncePerStoryAcrossKills(Suite.Running suite) {
        Scale scale = Scale.current();
        int subscribers = scale.pick(300, 2_000);
        int stories = scale.pick(3, 10);
        int kills = scale.pick(2, 5);
        String tag = "g3-" + UUID.randomUUID().toString().substring(0, 8);
        Figures figures = new Figures("g3-fan-out-crash", "notification-service killed during fan-out")
                .put("subscribers", subscribers).put("stories", stories).put("kills", kills);

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(suite, receiver, subscribers, tag);
            List<Long> published = new ArrayList<>();
            List<Integer> deliveredAtKill = new ArrayList<>();
            for (int story = 0; story < stories; story++) {
                published.add(suite.newsroom.publishNew(Newsroom.story("ข่าวทดสอบการแจ้งเตือน " + tag + " ลำดับ "
                        + (story + 1), tag, false)));
                if (story < kills) {
                    int before = story * subscribers;
                    // kill as soon as this story's fan-out has begun, so the kill lands in the middle of it
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                            .until(() -> receiver.deliveries().size() > before);
                    suite.control.kill(NOTIFICATION);
                    deliveredAtKill.add(receiver.deliveries().size() - before);
                    suite.control.start(NOTIFICATION);
                }
            }
            int expected = subscribers * stories;
            await().atMost(Duration.ofMinutes(scale.pick(4, 15))).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(distinctPairs(receiver)).hasSize(expected));

            Ledger ledger = Ledger.of(receiver);
            figures.put("expectedAlerts", expected).put("distinctAlerts", ledger.pairs.size())
                    .put("requestsReceived", ledger.requests).put("resends", ledger.requests - ledger.pairs.size())
                    .put("pairsWithTwoIds", ledger.pairsWithMoreThanOneId)
                    .put("deliveredOfStoryAtEachKill", deliveredAtKill)
                    .put("signatureRejections", receiver.rejected())
                    .record();

            assertThat(ledger.pairs).as("every subscriber × every story").hasSize(expected);
            assertThat(ledger.pairs.keySet().stream().map(Pair::story).distinct()).hasSize(stories);
            assertThat(ledger.pairsWithMoreThanOneId).as("a story reached a subscriber under two ids").isZero();
            // a kill can at most re-send what was in flight: the listener's batch across its workers
            assertThat(ledger.requests - ledger.pairs.size()).as("resends").isLessThanOrEqualTo(kills * 500);
            assertThat(deliveredAtKill).as("some kill landed mid-fan-out")
                    .anySatisfy(count -> assertThat(count).isLessThan(subscribers));
            assertThat(receiver.rejected()).isZero();
        }
    }

    private static void subscribe(Suite.Running suite, WebhookReceiver receiver, int count, String tag) {
        // straight to the service: the gateway rightly allows a handful of sign-ups a minute per address
        String url = suite.control.url(NOTIFICATION) + "/api/subscriptions";
        for (int i = 0; i < count; i++) {
            String hook = "s" + i;
            Http.Answer answer = Newsroom.expect(Http.postJson(url, Map.of("channel", "webhook",
                    "url", receiver.url(hook), "interests", Map.of("all", false, "tags", List.of(tag)))), 201);
            receiver.trust(hook, answer.json().get("secret").asString());
        }
    }

    private record Pair(String hook, long story) {
    }

    /** What the receivers saw: for each subscriber and story, the webhook-ids and how many requests carried them. */
    private static final class Ledger {
        final Map<Pair, Set<String>> pairs = new HashMap<>();
        int requests;
        int pairsWithMoreThanOneId;

        static Ledger of(WebhookReceiver receiver) {
            Ledger ledger = new Ledger();
            for (WebhookReceiver.Delivery delivery : receiver.deliveries()) {
                JsonNode body = Http.JSON.readTree(delivery.body());
                assertThat(body.get("type").asString()).isEqualTo("article.published");
                ledger.requests++;
                ledger.pairs.computeIfAbsent(new Pair(delivery.hook(), body.get("data").get("articleId").asLong()),
                        key -> new HashSet<>()).add(delivery.webhookId());
            }
            ledger.pairsWithMoreThanOneId = (int) ledger.pairs.values().stream().filter(ids -> ids.size() > 1).count();
            return ledger;
        }
    }

    private static Set<Pair> distinctPairs(WebhookReceiver receiver) {
        return Ledger.of(receiver).pairs.keySet();
    }
}
