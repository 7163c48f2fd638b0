package dev.synthesis.app.privacy.web;

import dev.synthesis.app.privacy.PrivacyBudgets;
import dev.synthesis.app.privacy.SeedPrivacyBudget;
import dev.synthesis.app.privacy.SeedPrivacyBudgetUpdate;
import dev.synthesis.app.privacy.TenantPrivacyBudget;
import dev.synthesis.app.privacy.TenantPrivacyBudgetUpdate;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.tenancy.TenantId;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/**} is for platform admins only (see the security configuration). */
@RestController
class PrivacyBudgetController {

    private static final String TENANT_BUDGET = "/api/admin/tenants/{tenant}/privacy-budget";
    private static final String SEED_BUDGET = TENANT_BUDGET + "/seeds/{seed}";

    private final PrivacyBudgets budgets;

    PrivacyBudgetController(PrivacyBudgets budgets) {
        this.budgets = budgets;
    }

    /** The seed's privacy budget, what DP trainings spent of it and the ledger, newest entry first. */
    @GetMapping("/api/seeds/{seed}/privacy-budget")
    SeedPrivacyBudget ofSeed(@PathVariable UUID seed) {
        return budgets.ofSeed(new SeedId(seed));
    }

    @GetMapping(TENANT_BUDGET)
    TenantPrivacyBudget ofTenant(@PathVariable String tenant) {
        return budgets.ofTenant(new TenantId(tenant));
    }

    /** Sets the ε and δ each of the tenant's seeds gets; a null (or missing) value returns it to the platform default. */
    @PutMapping(TENANT_BUDGET)
    TenantPrivacyBudget setForTenant(@PathVariable String tenant, @Valid @RequestBody TenantPrivacyBudgetUpdate update,
            Authentication admin) {
        return budgets.setForTenant(new TenantId(tenant), update, admin.getName());
    }

    @GetMapping(SEED_BUDGET)
    SeedPrivacyBudget ofTenantSeed(@PathVariable String tenant, @PathVariable UUID seed) {
        return budgets.ofSeed(new TenantId(tenant), new SeedId(seed));
    }

    /** Gives one seed a budget of its own; a null (or missing) value returns it to the tenant's. */
    @PutMapping(SEED_BUDGET)
    SeedPrivacyBudget setForSeed(@PathVariable String tenant, @PathVariable UUID seed, @Valid @RequestBody SeedPrivacyBudgetUpdate update,
            Authentication admin) {
        return budgets.setForSeed(new TenantId(tenant), new SeedId(seed), update, admin.getName());
    }
}
