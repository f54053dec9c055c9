package th.localnews.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.properties.TestcontainersPropertySourceAutoConfiguration;

class TestInfrastructureTest {

    // the auto-configuration that processes DynamicPropertyRegistrar beans outside the TestContext framework,
    // as in the Test<Service>Application mains
    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TestcontainersPropertySourceAutoConfiguration.class))
            .withUserConfiguration(TestInfrastructure.class)
            .withPropertyValues("spring.application.name=notification-service",
                    "spring.kafka.consumer.group-id=notification-service");

    @Test
    void givesEachContextAConsumerGroupOfItsOwn() {
        String[] groups = new String[2];
        contexts.run(first -> groups[0] = first.getEnvironment().getProperty("spring.kafka.consumer.group-id"));
        contexts.run(second -> groups[1] = second.getEnvironment().getProperty("spring.kafka.consumer.group-id"));

        assertThat(groups[0]).startsWith("notification-service-it-").isNotEqualTo(groups[1]);
        assertThat(groups[1]).startsWith("notification-service-it-");
    }

    @Test
    void startsNothingUntilAConnectionPropertyIsRead() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getEnvironment().containsProperty("spring.datasource.url")).isTrue();
            assertThat(KafkaInfrastructure.isRunning()).isFalse();
            assertThat(PostgresInfrastructure.isRunning()).isFalse();
        });
    }
}
