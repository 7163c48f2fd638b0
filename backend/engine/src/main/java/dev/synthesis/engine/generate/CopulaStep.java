package dev.synthesis.engine.generate;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.copula.GaussianCopula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Couples every field whose fitted sampler is a learned marginal (categories, numbers, dates) in one copula. */
final class CopulaStep {

    record Result(GaussianCopula copula, BudgetEntry spent) {}

    private CopulaStep() {}

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
        if (options.independent() || fields.size() < 2) {
            return Optional.empty();
        }
        int[] positions = fields.stream().mapToInt(Integer::intValue).toArray();
        var random = plan.random(-1);
        if (plan.privateBudget() != null) {
            Map.Entry<GaussianCopula, BudgetEntry> fitted =
                    CopulaTrainer.fitPrivately(positions, marginals, columns, plan.copulaEpsilon(), random);
            return Optional.of(new Result(fitted.getKey(), fitted.getValue()));
        }
        return Optional.of(new Result(CopulaTrainer.fit(positions, marginals, columns, random), null));
    }
}
