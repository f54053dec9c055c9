package th.localnews.testkit;

import java.util.function.Supplier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.util.function.SingletonSupplier;

import th.localnews.testkit.PostgresInfrastructure.DatabaseConnection;

/**
 * Points {@code spring.datasource.*} at a database of this application context's own. The values are
 * suppliers: PostgreSQL starts only when something reads them, so an application without a DataSource never
 * starts it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestInfrastructure {

    @Bean
    DynamicPropertyRegistrar postgresTestProperties(Environment environment) {
        String application = environment.getProperty("spring.application.name", "app");
        Supplier<DatabaseConnection> database =
                SingletonSupplier.of(() -> PostgresInfrastructure.createDatabase(application));
        return registry -> {
            registry.add("spring.datasource.url", () -> database.get().url());
            registry.add("spring.datasource.username", () -> database.get().username());
            registry.add("spring.datasource.password", () -> database.get().password());
        };
    }
}
