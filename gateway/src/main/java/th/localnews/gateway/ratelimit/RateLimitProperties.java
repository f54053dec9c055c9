package th.localnews.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token buckets, one per rule and caller.
 *
 * @param rules   checked in order; every matching rule must have a token left
 * @param maxKeys      callers remembered per rule (in this process) before idle ones are forgotten
 * @param redisUrl     {@code redis://host:port}: keep the buckets in Redis, shared by every gateway instance
 * @param redisTimeout how long a request waits for Redis before it is counted in this process instead
 */
@ConfigurationProperties("localnews.gateway.rate-limit")
record RateLimitProperties(List<Rule> rules, int maxKeys, String redisUrl, Duration redisTimeout) {

    RateLimitProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
        maxKeys = maxKeys <= 0 ? 100_000 : maxKeys;
        redisTimeout = redisTimeout == null ? Duration.ofMillis(250) : redisTimeout;
    }

    /**
     * @param name     shown in the problem detail and the metric
     * @param method   the HTTP method, or empty for any
     * @param path     an Ant-style path pattern
     * @param key      {@code address}: the caller's IP; {@code client}: the authenticated API client (by token
     *                 subject), the address when there is none
     * @param capacity the burst a caller may make
     * @param refill   the time one token takes to come back
     */
    record Rule(String name, String method, String path, KeyType key, int capacity, Duration refill) {
    }

    enum KeyType { ADDRESS, CLIENT }
}
