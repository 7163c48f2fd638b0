package dev.synthesis.app.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a tenant's users and keys may call the API; written in lower case, as in the tenants table. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
