package th.localnews.feed.log;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group (application.yml): Boot declares a started application ready before the replay has
 * finished, and this keeps the probe down until it has.
 */
@Component("articleLogHealthIndicator")
class ArticleLogHealthIndicator implements HealthIndicator {

    private final CatchUp catchUp;

    ArticleLogHealthIndicator(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public Health health() {
        return catchUp.isCaughtUp() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "replaying the article log").build();
    }
}
