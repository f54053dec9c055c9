package th.localnews.notification;

import org.springframework.boot.SpringApplication;

import th.localnews.testkit.TestInfrastructure;

/** Runs notification-service from the IDE on the test Kafka broker and a fresh PostgreSQL database. */
class TestNotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.from(NotificationServiceApplication::main).with(TestInfrastructure.class).run(args);
    }
}
