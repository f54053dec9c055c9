package th.localnews.gateway.ratelimit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Local buckets by default; Redis-backed ones, shared by all instances, when {@code REDIS_URL} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, BucketStore store,
            ObjectProvider<MeterRegistry> meters) {
        return new RateLimitFilter(properties.rules(), store, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnMissingBean(BucketStore.class)
    BucketStore localBucketStore(RateLimitProperties properties) {
        return localStore(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${localnews.gateway.rate-limit.redis-url:}'.isBlank()")
    static class RedisStoreConfiguration {

        @Bean(destroyMethod = "shutdown")
        RedisClient rateLimitRedisClient() {
            return RedisClient.create();
        }

        @Bean
        BucketStore redisBucketStore(RedisClient client, RateLimitProperties properties) {
            return new RedisBucketStore(client, RedisURI.create(properties.redisUrl()), localStore(properties),
                    properties.redisTimeout());
        }
    }

    private static LocalBucketStore localStore(RateLimitProperties properties) {
        return new LocalBucketStore(properties.maxKeys(), System::nanoTime);
    }
}
