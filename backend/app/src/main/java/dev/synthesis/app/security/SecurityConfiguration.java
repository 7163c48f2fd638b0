package dev.synthesis.app.security;

import dev.synthesis.app.apikey.ApiKeyAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The Keycloak realm role of the people who run the platform (quotas, tenants). */
    static final String PLATFORM_ADMIN = "platform-admin";

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder, ApiKeyAuthenticationProvider apiKeys) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        AuthenticationManager bearerTokens = bearerTokens(jwtDecoder, apiKeys);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**").access(new ApiAccess())
                        .anyRequest().permitAll())
                // bearer tokens only, no cookies: CSRF cannot ride on a session that does not exist
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(entryPoint)
                        .authenticationManagerResolver(request -> bearerTokens))
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

    /**
     * A bearer token that starts with {@code syn_} is an API key, checked by the apikey feature;
     * any other is a Keycloak access token. One manager decides instead of trying both in turn, so
     * a refused key is answered with the key's reason, not with a JWT parser's.
     */
    private static AuthenticationManager bearerTokens(JwtDecoder jwtDecoder, ApiKeyAuthenticationProvider apiKeys) {
        JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(jwtDecoder);
        jwt.setJwtAuthenticationConverter(jwtAuthenticationConverter());
        return authentication -> authentication instanceof BearerTokenAuthenticationToken bearer
                && ApiKeyAuthenticationProvider.handles(bearer.getToken())
                ? apiKeys.authenticate(authentication)
                : jwt.authenticate(authentication);
    }

    private static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
