package th.localnews.gateway.ratelimit;

import java.time.Duration;

/** A bucket that refills one token per period, continuously; thread-safe. */
final class TokenBucket {

    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration refill, long now) {
        this.capacity = capacity;
        this.nanosPerToken = refill.toNanos();
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token; returns 0 when granted, else how long until one is back. */
    synchronized Duration tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
        updatedAt = now;
    }
}
