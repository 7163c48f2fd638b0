package dev.synthesis.app.security;

import dev.synthesis.app.apikey.ApiKeyAuthentication;
import dev.synthesis.app.apikey.ApiKeyScope;
import dev.synthesis.app.apikey.ScopeRules;
import dev.synthesis.app.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which {@code /api/**} request. Users may do everything for their tenant, and admin
 * endpoints with the platform-admin role. API keys never reach admin endpoints and elsewhere need
 * the scope {@link ScopeRules} names for the request. No caller: denied, which answers 401.
 */
final class ApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final PathPattern ADMIN_PATHS = PathPatternParser.defaultInstance.parse("/api/admin/**");
    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision NO_CALLER = new AuthorizationDecision(false);

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (!trust.isAuthenticated(caller)) {
            return NO_CALLER;
        }
        HttpServletRequest request = context.getRequest();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean admin = ADMIN_PATHS.matches(PathContainer.parsePath(path));
        if (caller instanceof ApiKeyAuthentication key) {
            return admin ? new Refusal(ProblemType.FORBIDDEN, "API keys cannot call admin endpoints") : scoped(key, request, path);
        }
        boolean platformAdmin = caller.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + SecurityConfiguration.PLATFORM_ADMIN).equals(granted.getAuthority()));
        return !admin || platformAdmin ? GRANTED
                : new Refusal(ProblemType.FORBIDDEN, "this endpoint needs the realm role " + SecurityConfiguration.PLATFORM_ADMIN);
    }

    private static AuthorizationResult scoped(ApiKeyAuthentication key, HttpServletRequest request, String path) {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        ApiKeyScope needed = ScopeRules.required(method, path);
        return key.allows(needed) ? GRANTED : new Refusal(ProblemType.INSUFFICIENT_SCOPE,
                "this API key lacks the scope '" + needed.value() + "' needed for " + method.name() + " " + path);
    }
}
