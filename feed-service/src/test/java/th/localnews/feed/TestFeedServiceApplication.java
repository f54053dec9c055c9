package th.localnews.feed;

import org.springframework.boot.SpringApplication;

import th.localnews.testkit.TestInfrastructure;

/** Runs feed-service from the IDE on the test Kafka broker. */
class TestFeedServiceApplication {

    public static void main(String[] args) {
        SpringApplication.from(FeedServiceApplication::main).with(TestInfrastructure.class).run(args);
    }
}
