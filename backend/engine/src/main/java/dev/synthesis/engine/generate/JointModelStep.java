package dev.synthesis.engine.generate;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.copula.CategoryOrder;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.copula.GaussianCopula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Couples every field whose fitted sampler is a learned marginal (categories, numbers, dates) in one copula. */
final class CopulaStep {

    /** The copula, what it spent (null without DP) and the coupled marginals, reordered for the copula. */
    record Result(GaussianCopula copula, BudgetEntry spent, Map<Integer, MarginalSampler> marginals) {}

    private CopulaStep() {}

    private static Map<Integer, MarginalSampler> byField(int[] positions, List<MarginalSampler> marginals) {
        Map<Integer, MarginalSampler> result = new java.util.HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            result.put(positions[i], marginals.get(i));
        }
        return result;
    }

    static Optional<Result> fit(TrainingPlan plan, List<FieldSampler> samplers, TrainingOptions options) {
        List<Integer> fields = new ArrayList<>();
        List<MarginalSampler> marginals = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (int i = 0; i < samplers.size(); i++) {
            if (samplers.get(i) instanceof MarginalSampler marginal && plan.column(i) != null) {
                fields.add(i);
                marginals.add(marginal);
                columns.add(plan.column(i));
            }
        }
        boolean privateWithoutBudget = plan.privateBudget() != null && plan.copulaEpsilon() == 0;
        if (options.independent() || fields.size() < 2 || privateWithoutBudget) {
            return Optional.empty();
        }
        int[] positions = fields.stream().mapToInt(Integer::intValue).toArray();
        var random = plan.random(-1);
        if (plan.privateBudget() != null) {
            Map.Entry<GaussianCopula, BudgetEntry> fitted =
                    CopulaTrainer.fitPrivately(positions, marginals, columns, plan.copulaEpsilon(), random);
            return Optional.of(new Result(fitted.getKey(), fitted.getValue(), byField(positions, marginals)));
        }
        List<MarginalSampler> ordered = CategoryOrder.byNumericScore(marginals, columns, random);
        GaussianCopula copula = CopulaTrainer.fit(positions, ordered, columns, random);
        return Optional.of(new Result(copula, null, byField(positions, ordered)));
    }
}
