package th.localnews.article.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import th.localnews.testkit.IntegrationTest;

/**
 * article-service on a real port, real PostgreSQL and the shared real Kafka broker, with a topic of its own so
 * article ids (which restart at 1 in each fresh database) do not meet another context's events. Every class
 * with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "newsroom.outbox.topic=" + NewsroomIntegrationTest.TOPIC,
        // no help from polling: every event here must go out because a commit (or a restart) woke the relay
        "newsroom.outbox.poll-interval=1h",
        // a relay round that waits on a lock gives up soon (ArticlePublishingIT)
        "newsroom.outbox.statement-timeout=2s",
        "newsroom.scheduling.poll-interval=200ms",
        "logging.level.org.apache.kafka=WARN"
})
@Import(TestTokens.class)
public @interface NewsroomIntegrationTest {

    String TOPIC = "article-events-newsroom-it";
}
