package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantSuspended;
import dev.synthesis.app.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Admits an authenticated request's tenant: records the tenant before any of its data is written,
 * and turns every request of a suspended tenant away, whether a user's token or an API key brought
 * it. The status is read on every request, uncached, so a resume on one instance counts on all at once.
 */
@Component
class TenantAdmissionFilter extends OncePerRequestFilter {

    private final TenantRegistry registry;
    private final Tenants tenants;
    private final HandlerExceptionResolver problems;

    /** Problems go through MVC's exception resolvers, so a refusal here looks like any other problem. */
    TenantAdmissionFilter(TenantRegistry registry, Tenants tenants,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.registry = registry;
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isPresent() && !admitted(tenant.get())) {
            refuse(request, response, new TenantSuspended(tenant.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean admitted(TenantId tenant) {
        if (!registry.isKnown(tenant)) {
            registry.register(tenant);
        }
        return !tenants.isSuspended(tenant);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, TenantSuspended suspended) throws IOException {
        if (problems.resolveException(request, response, null, suspended) == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, suspended.getMessage());
        }
    }
}
