package dev.synthesis.engine.generate;

/**
 * Which joint model training kept and why, for the training report.
 *
 * @param model        {@code gaussian-copula}, {@code sequential-trees}, {@code mst-tree} (differential privacy) or {@code independent}
 * @param reason       why: measured on held-out rows, or what ruled the measurement out
 * @param copulaScore  the copula's held-out pair similarity (0–1, higher is better); null when not measured
 * @param treesScore   the trees' held-out pair similarity; null when not measured
 */
public record JointModelChoice(String model, String reason, Double copulaScore, Double treesScore) {

    static final String COPULA = "gaussian-copula";
    static final String TREES = "sequential-trees";

    static JointModelChoice without(String reason) {
        return new JointModelChoice("independent", reason, null, null);
    }

    static JointModelChoice copulaBecause(String reason) {
        return new JointModelChoice(COPULA, reason, null, null);
    }

    /** One line for the training report. */
    public String summary() {
        String scores = copulaScore == null ? ""
                : String.format(java.util.Locale.ROOT, " (held-out pair similarity: copula %.4f, trees %.4f)", copulaScore, treesScore);
        return model + ": " + reason + scores;
    }
}
