package dev.synthesis.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Documents that every API call needs a bearer token (Keycloak's, or an API key), so Swagger UI offers to send one. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI synthesisOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Synthesis API").version("v1")
                        .description("Schemas, seeds, training and generation of synthetic data. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("a Keycloak access token, or an API key (syn_...) from POST /api/keys")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
