package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Makes sure an authenticated request's tenant exists before any of its data is written. */
@Component
class TenantRegistrationFilter extends OncePerRequestFilter {

    private final TenantRegistry registry;

    TenantRegistrationFilter(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantContext.current()
                .filter(tenant -> !registry.isKnown(tenant))
                .ifPresent(registry::register);
        chain.doFilter(request, response);
    }
}
