package dev.synthesis.app.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The tenant the current thread works for. Web requests take it from the verified token; jobs,
 * which have no token, bind it explicitly with {@link #callAs}. Nothing else can set it, so it can
 * never come from a header or a request body.
 */
public final class TenantContext {

    public static final String CLAIM = "tenant_id";
    private static final ThreadLocal<TenantId> BOUND = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        TenantId bound = BOUND.get();
        return bound != null ? Optional.of(bound) : fromToken();
    }

    public static TenantId require() {
        return current().orElseThrow(MissingTenant::new);
    }

    /** Binds a tenant to this thread until {@link #unbind()}; for job steps, which begin and end on one thread. */
    public static void bind(TenantId tenant) {
        BOUND.set(tenant);
    }

    public static void unbind() {
        BOUND.remove();
    }

    /** Runs work as the given tenant, restoring whatever was bound before. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = BOUND.get();
        BOUND.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    private static Optional<TenantId> fromToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            String claim = jwt.getToken().getClaimAsString(CLAIM);
            return TenantId.isValid(claim) ? Optional.of(new TenantId(claim)) : Optional.empty();
        }
        return Optional.empty();
    }
}
