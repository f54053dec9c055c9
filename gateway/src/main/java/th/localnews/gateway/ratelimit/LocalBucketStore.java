package th.localnews.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;
import th.localnews.gateway.ratelimit.RateLimitProperties.Rule;

/** Buckets in this process: N gateway instances let N times the rate through. */
final class LocalBucketStore implements BucketStore {

    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, Map<String, TokenBucket>> buckets = new ConcurrentHashMap<>();

    LocalBucketStore(int maxKeys, LongSupplier clock) {
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    @Override
    public Mono<Duration> take(Rule rule, String caller) {
        long now = clock.getAsLong();
        return Mono.just(bucket(rule, caller, now).tryTake(now));
    }

    private TokenBucket bucket(Rule rule, String caller, long now) {
        Map<String, TokenBucket> perCaller = buckets.computeIfAbsent(rule.name(), name -> new ConcurrentHashMap<>());
        if (perCaller.size() >= maxKeys) {
            // a full bucket carries no memory of past requests, so forgetting it changes nothing
            perCaller.values().removeIf(bucket -> bucket.isFull(now));
        }
        return perCaller.computeIfAbsent(caller, k -> new TokenBucket(rule.capacity(), rule.refill(), now));
    }
}
