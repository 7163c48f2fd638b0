package dev.synthesis.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The Keycloak realm role of the people who run the platform (quotas, tenants). */
    static final String PLATFORM_ADMIN = "platform-admin";

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(PLATFORM_ADMIN)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                // bearer tokens only, no cookies: CSRF cannot ride on a session that does not exist
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(
                                "this endpoint needs the realm role " + PLATFORM_ADMIN)))
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(entryPoint)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter())))
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /** Keys are fetched on first use, so the app may start before Keycloak is ready. */
    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        decoder.setJwtValidator(TokenValidators.forApi(oidc));
        return decoder;
    }

    private static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
