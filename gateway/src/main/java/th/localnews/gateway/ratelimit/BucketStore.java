package th.localnews.gateway.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;
import th.localnews.gateway.ratelimit.RateLimitProperties.Rule;

/** Where the token buckets live: this process, or Redis shared by every gateway instance. */
interface BucketStore {

    /** Takes a token from the caller's bucket for the rule: zero when granted, else the wait for the next one. */
    Mono<Duration> take(Rule rule, String caller);
}
