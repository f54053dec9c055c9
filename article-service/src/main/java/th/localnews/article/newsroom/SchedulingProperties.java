package th.localnews.article.newsroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often due stories are looked for: a story goes out at most this late
 * @param batchSize    stories published per transaction
 */
@ConfigurationProperties("newsroom.scheduling")
record SchedulingProperties(@DefaultValue("5s") Duration pollInterval, @DefaultValue("50") int batchSize) {
}
