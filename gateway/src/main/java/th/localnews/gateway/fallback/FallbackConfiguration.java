package th.localnews.gateway.fallback;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import th.localnews.gateway.hardening.BodyTooLargeException;

/**
 * One breaker per route. Time is bounded by the HTTP client's connect and response timeouts, not by a time
 * limiter, so a long server-sent-events stream is not cut; slow calls therefore do not open a breaker either.
 */
@Configuration(proxyBeanMethods = false)
class FallbackConfiguration {

    static final Duration OPEN_FOR = Duration.ofSeconds(10);

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults() {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(Duration.ofDays(1))
                .waitDurationInOpenState(OPEN_FOR)
                // the caller's fault, not the backend's
                .ignoreExceptions(BodyTooLargeException.class)
                .build();
        TimeLimiterConfig unlimited = TimeLimiterConfig.custom().timeoutDuration(Duration.ofDays(1)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker).timeLimiterConfig(unlimited).build());
    }

    @Bean
    RouterFunction<ServerResponse> fallbacks() {
        FallbackHandler handler = new FallbackHandler(OPEN_FOR);
        return RouterFunctions.route().path("/gateway-fallback", routes -> routes.route(request -> true, handler::handle))
                .build();
    }
}
