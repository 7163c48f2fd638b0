package dev.synthesis.app.privacy;

import dev.synthesis.app.privacy.internal.Amounts;
import dev.synthesis.app.privacy.internal.BudgetResolution;
import dev.synthesis.app.privacy.internal.BudgetRows;
import dev.synthesis.app.privacy.internal.LedgerRows;
import dev.synthesis.app.privacy.internal.OwnBudget;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.tenancy.RegisteredTenants;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Privacy budgets as tenants read them and platform admins set them. Everything runs as the tenant
 * concerned, so row-level security applies to an admin's reads and writes too; each change is
 * published as {@link PrivacyBudgetChanged} for the audit trail.
 */
@Service
public class PrivacyBudgets {

    private final BudgetRows budgets;
    private final LedgerRows ledger;
    private final BudgetResolution resolution;
    private final SeedLibrary seeds;
    private final RegisteredTenants tenants;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyBudgets(BudgetRows budgets, LedgerRows ledger, BudgetResolution resolution, SeedLibrary seeds, RegisteredTenants tenants,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.resolution = resolution;
        this.seeds = seeds;
        this.tenants = tenants;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** One of the calling tenant's seeds: its budget, what was spent and the ledger; {@code SeedNotFound} for another's. */
    public SeedPrivacyBudget ofSeed(SeedId seed) {
        TenantId tenant = TenantContext.require();
        seeds.get(seed);
        return transactions.execute(status -> seedView(tenant, seed, budgets.seed(seed)));
    }

    /** A seed of a registered tenant, as a platform admin looks it up. */
    public SeedPrivacyBudget ofSeed(TenantId tenant, SeedId seed) {
        requireRegistered(tenant);
        return TenantContext.callAs(tenant, () -> ofSeed(seed));
    }

    public TenantPrivacyBudget ofTenant(TenantId tenant) {
        requireRegistered(tenant);
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> tenantView(tenant, budgets.tenant(tenant))));
    }

    /** Sets a registered tenant's budget per seed; seeds with a budget of their own keep it. */
    public TenantPrivacyBudget setForTenant(TenantId tenant, TenantPrivacyBudgetUpdate update, String admin) {
        requireRegistered(tenant);
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            Amounts before = resolution.perSeed(tenant);
            Instant now = now();
            OwnBudget own = new OwnBudget(OwnBudget.decimal(update.seedEpsilon()), OwnBudget.decimal(update.seedDelta()), admin, now);
            budgets.setTenant(tenant, own);
            Amounts after = resolution.perSeed(tenant);
            events.publishEvent(changed(tenant, null, admin, before, after, now));
            return tenantView(tenant, own);
        }));
    }

    /** Gives one seed a budget of its own (or, with nulls, its tenant's again), with charges on it held off meanwhile. */
    public SeedPrivacyBudget setForSeed(TenantId tenant, SeedId seed, SeedPrivacyBudgetUpdate update, String admin) {
        requireRegistered(tenant);
        return TenantContext.callAs(tenant, () -> {
            seeds.get(seed);
            return transactions.execute(status -> {
                Amounts before = resolution.ofSeed(tenant, budgets.lockSeed(tenant, seed));
                Instant now = now();
                OwnBudget own = new OwnBudget(OwnBudget.decimal(update.epsilon()), OwnBudget.decimal(update.delta()), admin, now);
                budgets.setSeed(seed, own);
                events.publishEvent(changed(tenant, seed, admin, before, resolution.ofSeed(tenant, own), now));
                return seedView(tenant, seed, own);
            });
        });
    }

    private SeedPrivacyBudget seedView(TenantId tenant, SeedId seed, OwnBudget own) {
        Amounts budget = resolution.ofSeed(tenant, own);
        Amounts spent = ledger.spent(seed);
        Amounts remaining = budget.minus(spent);
        return new SeedPrivacyBudget(seed.value(), budget.epsilon().doubleValue(), budget.delta().doubleValue(),
                OwnBudget.number(own.epsilon()), OwnBudget.number(own.delta()), spent.epsilon().doubleValue(),
                spent.delta().doubleValue(), remaining.epsilon().doubleValue(), remaining.delta().doubleValue(), ledger.entries(seed));
    }

    private TenantPrivacyBudget tenantView(TenantId tenant, OwnBudget own) {
        Amounts perSeed = resolution.perSeed(tenant);
        return new TenantPrivacyBudget(tenant.value(), perSeed.epsilon().doubleValue(), perSeed.delta().doubleValue(),
                OwnBudget.number(own.epsilon()), OwnBudget.number(own.delta()), own.updatedBy(), own.updatedAt());
    }

    private static PrivacyBudgetChanged changed(TenantId tenant, SeedId seed, String admin, Amounts before, Amounts after, Instant at) {
        return new PrivacyBudgetChanged(tenant.value(), seed == null ? null : seed.value(), admin, before.epsilon().doubleValue(),
                before.delta().doubleValue(), after.epsilon().doubleValue(), after.delta().doubleValue(), at);
    }

    private void requireRegistered(TenantId tenant) {
        if (!tenants.exists(tenant)) {
            throw new TenantNotFound(tenant);
        }
    }

    /** As PostgreSQL keeps it, so the answer says what a later read will. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
