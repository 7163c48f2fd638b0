package dev.synthesis.app.privacy.internal;

import dev.synthesis.app.privacy.PrivacyBudgetDefaults;
import dev.synthesis.app.tenancy.TenantId;
import org.springframework.stereotype.Component;

/** A seed's budget: its own where an admin set one, else its tenant's per seed, else the platform default. */
@Component
public class BudgetResolution {

    private final BudgetRows budgets;
    private final Amounts defaults;

    BudgetResolution(BudgetRows budgets, PrivacyBudgetDefaults defaults) {
        this.budgets = budgets;
        this.defaults = new Amounts(defaults.seedEpsilonBudget(), defaults.seedDeltaBudget());
    }

    /** What each of the tenant's seeds gets unless it has a budget of its own; call it in a transaction bound to the tenant. */
    public Amounts perSeed(TenantId tenant) {
        return budgets.tenant(tenant).over(defaults);
    }

    public Amounts ofSeed(TenantId tenant, OwnBudget seed) {
        return seed.over(perSeed(tenant));
    }
}
