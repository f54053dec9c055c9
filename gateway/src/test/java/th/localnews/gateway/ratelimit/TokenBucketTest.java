package th.localnews.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void grantsTheBurstThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(10), 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(SECOND)).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void refillsOneTokenPerPeriodUpToItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(10), 0);
        bucket.tryTake(0);
        bucket.tryTake(0);

        assertThat(bucket.tryTake(10 * SECOND)).isZero();
        assertThat(bucket.tryTake(10 * SECOND)).isPositive();
        assertThat(bucket.isFull(1000 * SECOND)).isTrue();
        assertThat(bucket.tryTake(1000 * SECOND)).isZero();
        assertThat(bucket.tryTake(1000 * SECOND)).isZero();
        assertThat(bucket.tryTake(1000 * SECOND)).isPositive();
    }
}
