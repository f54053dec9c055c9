package th.localnews.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import th.localnews.gateway.problem.Problems;

/** 401 and 403 as problem details with the RFC 6750 challenge; the detail never echoes the token. */
final class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "ต้องเข้าสู่ระบบ (sign in first)",
                "send a valid bearer token from the newsroom's issuer");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "ไม่มีสิทธิ์ (not allowed)",
                "this needs the editor role; importing needs the admin role");
    }
}
