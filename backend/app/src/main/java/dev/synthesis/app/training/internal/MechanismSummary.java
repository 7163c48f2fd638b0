package dev.synthesis.app.training.internal;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.PrivacyAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A model's differentially private releases in a few words for the privacy ledger: each mechanism and how often it ran. */
final class MechanismSummary {

    private MechanismSummary() {}

    /** E.g. "discrete gaussian × 14, exponential mechanism × 3"; null when the model was trained without DP. */
    static String of(PrivacyAccount account) {
        if (!account.enabled()) {
            return null;
        }
        Map<String, Long> releases = account.entries().stream()
                .collect(Collectors.groupingBy(BudgetEntry::mechanism, LinkedHashMap::new, Collectors.counting()));
        if (releases.isEmpty()) {
            return "no release (every field generated from the schema alone)";
        }
        return releases.entrySet().stream().map(release -> release.getKey() + " × " + release.getValue())
                .collect(Collectors.joining(", "));
    }
}
