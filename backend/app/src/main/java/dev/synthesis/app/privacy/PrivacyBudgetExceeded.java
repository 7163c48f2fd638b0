package dev.synthesis.app.privacy;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import dev.synthesis.app.seed.SeedId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A differentially private training asks for more ε or δ than its seed's budget has left. Refused
 * before anything of the seed is read, with no run, job or ledger entry left behind.
 */
public class PrivacyBudgetExceeded extends ApiProblem {

    private final SeedId seed;
    private final double requestedEpsilon;
    private final double requestedDelta;
    private final double remainingEpsilon;
    private final double remainingDelta;

    public PrivacyBudgetExceeded(SeedId seed, double requestedEpsilon, double requestedDelta, double remainingEpsilon,
            double remainingDelta) {
        super(ProblemType.PRIVACY_BUDGET_EXCEEDED, ("This training asks for ε = %s and δ = %s of seed %s, whose privacy budget"
                + " has ε = %s and δ = %s left. Train with a smaller ε (or δ), or ask a platform admin to raise the seed's budget.")
                .formatted(plain(requestedEpsilon), plain(requestedDelta), seed.value(), plain(remainingEpsilon), plain(remainingDelta)));
        this.seed = seed;
        this.requestedEpsilon = requestedEpsilon;
        this.requestedDelta = requestedDelta;
        this.remainingEpsilon = remainingEpsilon;
        this.remainingDelta = remainingDelta;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("seedId", seed.value().toString());
        properties.put("requestedEpsilon", requestedEpsilon);
        properties.put("requestedDelta", requestedDelta);
        properties.put("remainingEpsilon", remainingEpsilon);
        properties.put("remainingDelta", remainingDelta);
        return properties;
    }

    /** 0.00001 rather than 1.0E-5, and 1 rather than 1.0: how people write ε and δ. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
