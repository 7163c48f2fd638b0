package dev.synthesis.app.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The tenant the current thread works for. Web requests take it from the verified token (a
 * Keycloak token's claim, or the tenant an API key belongs to, see {@link TenantAuthentication}); jobs,
 * which have no token, bind it explicitly with {@link #callAs}. Nothing else can set it, so it can
 * never come from a header or a request body.
 */
public final class TenantContext {

    public static final String CLAIM = "tenant_id";
    private static final ThreadLocal<TenantId> BOUND = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> PLATFORM_ADMIN = new ThreadLocal<>();

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

    /**
     * Runs work whose transactions may also read the platform-admin view of the tables whose
     * policies allow it (tenant directory, usage, audit): they see {@code app.platform_admin = on}.
     * Only admin endpoints, which Spring Security restricts to the platform-admin role, call this;
     * like the tenant setting, it guards against the app's own mistakes, not against its code.
     */
    public static <T> T callAsPlatformAdmin(Supplier<T> work) {
        Boolean previous = PLATFORM_ADMIN.get();
        PLATFORM_ADMIN.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                PLATFORM_ADMIN.remove();
            } else {
                PLATFORM_ADMIN.set(previous);
            }
        }
    }

    /** Whether the current thread runs inside {@link #callAsPlatformAdmin}. */
    public static boolean isPlatformAdmin() {
        return Boolean.TRUE.equals(PLATFORM_ADMIN.get());
    }

    private static Optional<TenantId> fromToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof TenantAuthentication caller) {
            return Optional.of(caller.tenant());
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            String claim = jwt.getToken().getClaimAsString(CLAIM);
            return TenantId.isValid(claim) ? Optional.of(new TenantId(claim)) : Optional.empty();
        }
        return Optional.empty();
    }
}
