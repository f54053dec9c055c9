package th.localnews.article.security;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/** A stateless JWT resource server: editors write, admins also import; probes and metrics stay open. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain newsroomSecurity(HttpSecurity http) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        ProblemResponses problems = new ProblemResponses();
        roles.setJwtGrantedAuthoritiesConverter(new NewsroomRoles());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/newsroom/articles/import")
                        .hasRole(NewsroomRoles.ADMIN)
                        .requestMatchers("/api/newsroom/**").hasRole(NewsroomRoles.EDITOR)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // bearer tokens only, no cookies: nothing for a cross-site request to ride on
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    JwtDecoder newsroomJwtDecoder(NewsroomJwtProperties properties) {
        OAuth2TokenValidator<Jwt> validator = tokenValidator(properties);
        if (properties.hasJwkSetUri()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return new VerifiedTokens(decoder, validator, Clock.systemUTC());
        }
        if (properties.hasIssuer()) {
            // discovered on first use, so the service starts even while the issuer is still starting
            return new VerifiedTokens(new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(properties.issuer());
                decoder.setJwtValidator(validator);
                return decoder;
            }), validator, Clock.systemUTC());
        }
        return token -> {
            throw new BadJwtException("no token issuer is configured (set NEWSROOM_JWT_ISSUER or NEWSROOM_JWK_SET_URI)");
        };
    }

    /** Expiry and issuer as usual, and the audience: the gateway checks it, and so does every service behind it. */
    static OAuth2TokenValidator<Jwt> tokenValidator(NewsroomJwtProperties properties) {
        OAuth2TokenValidator<Jwt> defaults = properties.hasIssuer()
                ? JwtValidators.createDefaultWithIssuer(properties.issuer()) : JwtValidators.createDefault();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(defaults, audience);
    }
}
