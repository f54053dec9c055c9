package th.localnews.auth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import th.localnews.auth.key.SigningKeyProperties;

class ProductionSecretsTest {

    private static final String STRONG = "k3Jd9-xQ2vLm0pR7tY4wZ8aB6cE1fG5h";

    private final ApplicationContextRunner prod = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
            .withUserConfiguration(Properties.class, ProductionSecretsConfiguration.class);

    @Test
    void refusesToStartWithoutAnyConfiguredSecret() {
        prod.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause()
                .hasMessageContaining("Refusing to start auth-server with the prod profile")
                .hasMessageContaining("AUTH_SIGNING_KEY_LOCATION is not set")
                .hasMessageContaining("NEWSROOM_CLIENT_SECRET is not set"));
    }

    @Test
    void refusesAWellKnownClientSecret() {
        prod.withPropertyValues(strongExcept("localnews.auth.bootstrap.newsroom-client-secret=changeme"))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("NEWSROOM_CLIENT_SECRET is a default or well-known value"));
    }

    @Test
    void refusesAShortEditorPassword() {
        prod.withPropertyValues(strongExcept("localnews.auth.bootstrap.editor-password=hunter2hunter2"))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("EDITOR_PASSWORD is shorter than 24 characters"));
    }

    @Test
    void startsWithStrongSecretsAndAConfiguredKey() {
        prod.withPropertyValues(strongExcept("localnews.auth.bootstrap.editor-username=editor"))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void devProfileStartsWithNothingConfigured() {
        new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, ProductionSecretsConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static String[] strongExcept(String override) {
        String[] values = {
                "localnews.auth.signing-key.location=classpath:application.yml",
                "localnews.auth.bootstrap.newsroom-client-id=newsroom-api",
                "localnews.auth.bootstrap.newsroom-client-secret=" + STRONG,
                "localnews.auth.bootstrap.editor-username=editor",
                "localnews.auth.bootstrap.editor-password=" + STRONG,
                override };
        return values;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ BootstrapProperties.class, SigningKeyProperties.class })
    static class Properties {
    }
}
