package th.localnews.gateway.ratelimit;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import th.localnews.gateway.ratelimit.RateLimitProperties.Rule;

/**
 * Buckets in Redis, shared by every gateway instance. One Lua script reads, refills and takes atomically on Redis's
 * own clock, so instances with skewed clocks still agree. When Redis does not answer in time the request is counted
 * in this process instead: the limit weakens to per-instance, it never disappears and never blocks readers.
 */
final class RedisBucketStore implements BucketStore {

    static final String KEY_PREFIX = "localnews:rate-limit:";
    // Reactor treats exactly this value as "never expires"
    private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);
    private static final Logger log = LoggerFactory.getLogger(RedisBucketStore.class);
    private static final String SCRIPT = """
            local capacity = tonumber(ARGV[1])
            local micros_per_token = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) / micros_per_token)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) * micros_per_token)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', string.format('%.0f', now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * micros_per_token / 1000) + 1000)
            return wait
            """;

    private final Mono<StatefulRedisConnection<String, String>> connection;
    private final BucketStore fallback;
    private final Duration timeout;

    /** Connects on first use, and again after a failed attempt, so the gateway starts while Redis is down. */
    RedisBucketStore(RedisClient client, RedisURI uri, BucketStore fallback, Duration timeout) {
        this.connection = Mono.defer(() -> Mono.fromCompletionStage(client.connectAsync(StringCodec.UTF8, uri)))
                .cache(open -> FOREVER, failed -> Duration.ZERO, () -> Duration.ZERO);
        this.fallback = fallback;
        this.timeout = timeout;
    }

    @Override
    public Mono<Duration> take(Rule rule, String caller) {
        long microsPerToken = Math.max(1, rule.refill().toNanos() / 1000);
        Mono<Long> waitMicros = connection.flatMap(open -> open.reactive().<Long>eval(SCRIPT, ScriptOutputType.INTEGER,
                        new String[] { KEY_PREFIX + rule.name() + ":" + caller },
                        Integer.toString(rule.capacity()), Long.toString(microsPerToken))
                .next());
        return waitMicros.map(micros -> Duration.ofNanos(micros * 1000))
                .timeout(timeout)
                .onErrorResume(e -> {
                    log.warn("Redis rate limit store unavailable ({}); counting in this instance", e.toString());
                    return fallback.take(rule, caller);
                });
    }
}
