package th.localnews.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import th.localnews.gateway.ratelimit.RateLimitProperties.KeyType;
import th.localnews.gateway.ratelimit.RateLimitProperties.Rule;

/**
 * Buckets in a real Redis (Debian's redis-server, started on a free loopback port), shared by two stores as two
 * gateway instances would share them. Skipped, visibly, where redis-server is not installed.
 */
class RedisBucketStoreIT {

    private static final Rule SUBSCRIBE = new Rule("subscribe", "POST", "/api/subscriptions", KeyType.ADDRESS, 3,
            Duration.ofHours(1));
    private static Process redis;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static String url;

    @BeforeAll
    static void startRedis() throws Exception {
        File binary = new File("/usr/bin/redis-server");
        Assumptions.assumeTrue(binary.canExecute(), "redis-server is not installed (apt-get install redis-server)");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder(binary.getPath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        url = "redis://127.0.0.1:" + port;
        client = RedisClient.create(url);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> {
                    connection = client.connect();
                    return "PONG".equals(connection.sync().ping());
                });
    }

    @AfterAll
    static void stopRedis() {
        if (client != null) {
            connection.close();
            client.shutdown();
        }
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void sharesOneBucketBetweenTwoGatewayInstances() {
        BucketStore first = redisStore();
        BucketStore second = redisStore();
        List<Duration> waits = new ArrayList<>();

        for (BucketStore store : List.of(first, second, first, second, first)) {
            waits.add(store.take(SUBSCRIBE, "address:192.0.2.7").block());
        }

        assertThat(waits.subList(0, 3)).allMatch(Duration::isZero);
        assertThat(waits.subList(3, 5)).allSatisfy(wait ->
                assertThat(wait).isBetween(Duration.ofMinutes(59), Duration.ofHours(1)));
        assertThat(first.take(SUBSCRIBE, "address:192.0.2.8").block()).isZero();
    }

    @Test
    void expiresIdleBucketsInRedis() {
        redisStore().take(SUBSCRIBE, "address:192.0.2.9").block();

        Long ttl = connection.sync().pttl(RedisBucketStore.KEY_PREFIX + "subscribe:address:192.0.2.9");

        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofHours(3).toMillis() + 1000);
    }

    @Test
    void countsInThisInstanceWhenRedisDoesNotAnswer() {
        RedisClient unreachable = RedisClient.create();
        try {
            BucketStore store = new RedisBucketStore(unreachable, RedisURI.create("redis://127.0.0.1:1"),
                    new LocalBucketStore(10, System::nanoTime), Duration.ofMillis(200));
            List<Duration> waits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                waits.add(store.take(SUBSCRIBE, "address:192.0.2.10").block());
            }

            assertThat(waits.subList(0, 3)).allMatch(Duration::isZero);
            assertThat(waits.get(3)).isPositive();
        } finally {
            unreachable.shutdown();
        }
    }

    @Test
    void usesRedisOnlyWhenAUrlIsConfigured() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(RateLimitConfiguration.class);

        runner.run(context -> assertThat(context.getBean(BucketStore.class)).isInstanceOf(LocalBucketStore.class));
        runner.withPropertyValues("localnews.gateway.rate-limit.redis-url=" + url)
                .run(context -> assertThat(context.getBean(BucketStore.class)).isInstanceOf(RedisBucketStore.class));
    }

    private static BucketStore redisStore() {
        return new RedisBucketStore(client, RedisURI.create(url), new LocalBucketStore(10, System::nanoTime),
                Duration.ofSeconds(2));
    }
}
