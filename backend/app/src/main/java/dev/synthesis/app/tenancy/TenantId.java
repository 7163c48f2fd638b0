package dev.synthesis.app.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A tenant's identifier, as carried in the {@code tenant_id} claim of its users' tokens. */
public record TenantId(@JsonValue String value) {

    /** The same rule as the tenants table's check. */
    public static final String PATTERN = "[a-z0-9][a-z0-9_-]{0,62}";

    private static final Pattern VALID = Pattern.compile(PATTERN);

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
