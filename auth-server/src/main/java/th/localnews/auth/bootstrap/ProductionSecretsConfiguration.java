package th.localnews.auth.bootstrap;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import th.localnews.auth.key.SigningKeyProperties;

/** In production the issuer stops before it opens its port if a secret is missing or weak. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSecretsConfiguration {

    @Bean
    InitializingBean productionSecretsGuard(BootstrapProperties bootstrap, SigningKeyProperties signingKey) {
        return () -> {
            List<String> problems = ProductionSecretsCheck.problems(bootstrap, signingKey);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Refusing to start auth-server with the prod profile: "
                        + String.join("; ", problems));
            }
        };
    }
}
