package dev.synthesis.app.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.synthesis.app.tenancy.TenantView;

/**
 * A tenant in the admin's directory: one flat JSON object of the tenant and what each feature
 * knows of it. Each part comes whole from its own module, so another fact (usage, API keys) is
 * one more unwrapped component here and one more argument where {@link AdminTenants} builds it.
 */
public record TenantOverview(@JsonUnwrapped TenantView tenant, @JsonUnwrapped JobCounts jobs, @JsonUnwrapped TenantFigures figures) {}
