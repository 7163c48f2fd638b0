package dev.synthesis.app.privacy;

import dev.synthesis.app.training.TrainingRunId;
import java.util.Optional;

/** What a training run spent of its seed's privacy budget; empty for a run without DP (or whose charge was given back). */
public interface PrivacyLedgerLookup {

    Optional<PrivacySpend> spendOf(TrainingRunId run);
}
