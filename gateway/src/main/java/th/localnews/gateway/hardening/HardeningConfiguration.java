package th.localnews.gateway.hardening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HardeningProperties.class)
class HardeningConfiguration {

    @Bean
    RequestGuardFilter requestGuardFilter(HardeningProperties properties) {
        return new RequestGuardFilter(properties);
    }

    @Bean
    BodySizeLimitFilter bodySizeLimitFilter(HardeningProperties properties) {
        return new BodySizeLimitFilter(properties);
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter(HardeningProperties properties) {
        return new SecurityHeadersFilter(properties.contentSecurityPolicy());
    }
}
