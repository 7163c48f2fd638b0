package dev.synthesis.app.privacy.internal;

import dev.synthesis.app.audit.Actor;
import dev.synthesis.app.privacy.PrivacyBudgetExceeded;
import dev.synthesis.app.privacy.PrivacyLedgerLookup;
import dev.synthesis.app.privacy.PrivacySpend;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.training.PrivacyCharges;
import dev.synthesis.app.training.PrivateTraining;
import dev.synthesis.app.training.TrainingRunId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges DP trainings to their seed's budget, atomically across instances: each charge locks the
 * seed's budget row in PostgreSQL, sums what the ledger says was spent, checks, and records its
 * entry, inside the transaction that records the training run. Trainings racing for the last of a
 * budget so pass exactly as long as they fit, and a refused one rolls back with its run.
 */
@Component
class PrivacyLedger implements PrivacyCharges, PrivacyLedgerLookup {

    private final BudgetRows budgets;
    private final LedgerRows ledger;
    private final BudgetResolution resolution;
    private final Clock clock;

    PrivacyLedger(BudgetRows budgets, LedgerRows ledger, BudgetResolution resolution, Clock clock) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.resolution = resolution;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void charge(PrivateTraining training) {
        TenantId tenant = TenantContext.require();
        Amounts budget = resolution.ofSeed(tenant, budgets.lockSeed(tenant, training.seed()));
        Amounts remaining = budget.minus(ledger.spent(training.seed()));
        Amounts requested = Amounts.of(training.epsilon(), training.delta());
        if (!remaining.covers(requested)) {
            throw new PrivacyBudgetExceeded(training.seed(), training.epsilon(), training.delta(),
                    remaining.epsilon().doubleValue(), remaining.delta().doubleValue());
        }
        ledger.add(tenant, training, requested, Actor.current(), now());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void seedRead(TrainingRunId run) {
        ledger.seedRead(run.value(), now());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(TrainingRunId run) {
        ledger.giveBackUnread(run.value(), now());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void completed(TrainingRunId run, String mechanisms) {
        ledger.mechanism(run.value(), mechanisms);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacySpend> spendOf(TrainingRunId run) {
        return ledger.spendOf(run.value());
    }

    /** As PostgreSQL keeps it, so what an answer says is what a later read says. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
