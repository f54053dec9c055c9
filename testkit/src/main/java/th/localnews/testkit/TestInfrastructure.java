package th.localnews.testkit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Real Kafka and, when the application has a DataSource, real PostgreSQL for one application context. Used
 * by {@link IntegrationTest} and by the {@code Test<Service>Application} mains:
 * {@code SpringApplication.from(XApplication::main).with(TestInfrastructure.class).run(args)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
public class TestInfrastructure {
}
