package th.localnews.notification.dispatch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.SendResult;

/**
 * Retries an attempt while it is worth retrying: exponential backoff with jitter (a random wait between half
 * and all of the step, so a push service coming back is not hit by every worker at the same instant), but never sooner than the receiver's
 * {@code Retry-After}, and not at all when that asks for longer than {@code maxRetryAfter}.
 */
@Component
class DeliveryRetry {

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final NotificationProperties.Retry policy;
    private final Sleeper sleeper;

    @Autowired
    DeliveryRetry(NotificationProperties properties) {
        this(properties.retry(), duration -> Thread.sleep(duration.toMillis()));
    }

    DeliveryRetry(NotificationProperties.Retry policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    SendResult run(Supplier<SendResult> attempt) {
        SendResult result = attempt.get();
        for (int done = 1; result.outcome() == SendResult.Outcome.RETRY && done < policy.maxAttempts(); done++) {
            Duration wait = delay(done, result.retryAfter());
            if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                return result;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            result = attempt.get();
        }
        return result;
    }

    Duration delay(int attemptsDone, Duration retryAfter) {
        long ceiling = Math.min(policy.maxBackoff().toMillis(),
                policy.initialBackoff().toMillis() << Math.min(attemptsDone - 1, 20));
        Duration jittered = Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }
}
