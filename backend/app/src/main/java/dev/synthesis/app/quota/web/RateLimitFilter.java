package dev.synthesis.app.quota.web;

import dev.synthesis.app.problem.ProblemType;
import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.internal.RateLimits;
import dev.synthesis.app.quota.internal.RateLimits.Decision;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate-limits {@code /api/**} per caller and per tenant. It runs after Spring Security's filters,
 * so the caller is authenticated: an API key's authentication is named {@code key:<prefix>}, a
 * user's by the user name. Refused: 429, {@code Retry-After} and a problem detail naming the limit.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final RateLimits limits;
    private final JsonMapper json;

    RateLimitFilter(RateLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<TenantId> tenant = TenantContext.current();
        if (caller == null || !caller.isAuthenticated() || tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Decision decision = limits.admit(tenant.get(), caller.getName());
        if (!decision.allowed()) {
            refuse(request, response, decision);
            return;
        }
        if (decision.remaining() != null) {
            response.setHeader(REMAINING, Long.toString(decision.remaining()));
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Decision decision) throws IOException {
        ProblemType type = ProblemType.RATE_LIMITED;
        String who = decision.limit() == Limit.REQUESTS_PER_MINUTE_PER_KEY ? "per user or API key" : "for the whole tenant";
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", type.status().value());
        problem.put("detail", String.format(Locale.ROOT, "Too many requests: the limit is %,d requests per minute %s. Try again in %d s.",
                decision.value(), who, decision.retryAfterSeconds()));
        problem.put("instance", request.getRequestURI());
        problem.put("limit", decision.limit().key());
        problem.put("value", decision.value());
        response.setStatus(type.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.setHeader(REMAINING, "0");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
