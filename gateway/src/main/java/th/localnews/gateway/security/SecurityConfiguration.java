package th.localnews.gateway.security;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Newsroom routes need an editor's token (import: an admin's) signed by our issuer for our API; every other
 * route is public. The Authorization header goes on to the service unchanged, which checks it again.
 * <p>
 * The security filter chain runs for {@code /api/newsroom/**} only: a public read has nothing for it to check,
 * and its dozen reactive filters were a measurable share of what the gateway spent on every read
 * (docs/benchmarks.md, P1). CORS, which every route needs, is a filter of its own ({@link CorsFilter}) just in
 * front of the chain, where the chain's own CORS step used to be.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ GatewayJwtProperties.class, CorsProperties.class })
class SecurityConfiguration {

    private static final String NEWSROOM = "/api/newsroom/**";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new NewsroomRoles());
        ProblemResponses problems = new ProblemResponses();
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(NEWSROOM))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS, NEWSROOM).permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/newsroom/articles/import").hasRole(NewsroomRoles.ADMIN)
                        .anyExchange().hasRole(NewsroomRoles.EDITOR))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // CorsFilter has answered preflights and refused foreign origins before the chain runs
                .cors(ServerHttpSecurity.CorsSpec::disable)
                // bearer tokens only through here, no cookies of ours to ride on; the site guards its own forms
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                // SecurityHeadersFilter writes the headers, so cacheable feeds keep their Cache-Control
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .build();
    }

    @Bean
    ReactiveJwtDecoder newsroomJwtDecoder(GatewayJwtProperties properties) {
        // RS256 only: "none" and an HS256 token keyed with our public key never reach signature checking
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), audience);
        decoder.setJwtValidator(claims);
        return new VerifiedTokens(decoder, claims, Clock.systemUTC());
    }

    @Bean
    CorsFilter corsFilter(CorsProperties cors) {
        return new CorsFilter(corsSource(cors));
    }

    /**
     * Spring Security observes each filter of its chain and each authorization decision, several observations (and
     * spans) for every request on top of the server's own; the server observation of every exchange stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static UrlBasedCorsConfigurationSource corsSource(CorsProperties properties) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id",
                "traceparent", "tracestate"));
        configuration.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "X-Request-Id"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
