package th.localnews.article.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API and its bearer-token security, so generated clients send the token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI newsroomOpenApi() {
        return new OpenAPI()
                .info(new Info().title("localnews newsroom API").version("1")
                        .description("Write, schedule, publish and retract stories. Errors are RFC 9457 problem "
                                + "details; bad input lists {field, code, message} under 'errors'."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("roles claim or scope: editor; import needs admin")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
