package dev.synthesis.app.tenancy;

import java.util.regex.Pattern;

/** A tenant's identifier, as carried in the {@code tenant_id} claim of its users' tokens. */
public record TenantId(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public TenantId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid tenant id '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
