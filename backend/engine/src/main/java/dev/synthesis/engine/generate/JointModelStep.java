package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.copula.CategoryOrder;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.tree.SequentialTreesTrainer;
import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Couples every field whose fitted sampler is a learned marginal (categories, numbers, dates) in one
 * joint model: the Gaussian copula, or sequential trees when they reproduce held-out rows' pair
 * dependence measurably better ({@link JointModelSelection}). On a near-tie the copula stays: it is a
 * d×d matrix instead of a table per leaf, and its smoothness generalises. Training under differential
 * privacy does not come here: MST fits its own joint model ({@link PrivateTraining}).
 */
final class JointModelStep {

    /** Trees must beat the copula's held-out similarity by more than this to be chosen. */
    static final double NEAR_TIE = 0.005;

    /**
     * The joint model (null when fields are sampled independently), the coupled marginals, reordered
     * for it, and why it was chosen.
     */
    record Result(JointModel joint, Map<Integer, MarginalSampler> marginals, JointModelChoice choice) {

        static Result independent(String reason) {
            return new Result(null, Map.of(), JointModelChoice.without(reason));
        }
    }

    private JointModelStep() {}

    static Result fit(DataSchema schema, TrainingPlan plan, List<FieldSampler> samplers, TrainingOptions options) {
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
        if (options.independent()) {
            return Result.independent("independent fields were asked for");
        }
        if (fields.size() < 2) {
            return Result.independent("fewer than two learned fields");
        }
        int[] positions = fields.stream().mapToInt(Integer::intValue).toArray();
        var random = plan.random(-1);
        List<MarginalSampler> ordered = CategoryOrder.byNumericScore(marginals, columns, random);
        return choose(schema, plan, positions, ordered, columns, random);
    }

    private static Result choose(DataSchema schema, TrainingPlan plan, int[] positions, List<MarginalSampler> ordered,
                                 List<List<Object>> columns, RandomGenerator random) {
        Map<Integer, MarginalSampler> byField = byField(positions, ordered);
        if (columns.getFirst().size() < JointModelSelection.MIN_ROWS) {
            return new Result(CopulaTrainer.fit(positions, ordered, columns, random), byField,
                    JointModelChoice.copulaBecause("fewer than " + JointModelSelection.MIN_ROWS + " seed rows to measure on"));
        }
        int[] minimumLeaf = minimumLeaf(schema, positions);
        JointModelSelection.Scores scores = JointModelSelection.measure(positions, ordered, columns, minimumLeaf, plan.random(-2));
        boolean trees = scores.trees() > scores.copula() + NEAR_TIE;
        JointModel joint = trees ? SequentialTreesTrainer.fit(positions, ordered, columns, minimumLeaf, plan.random(-3))
                : CopulaTrainer.fit(positions, ordered, columns, random);
        String reason = trees ? "reproduces held-out pairs better" : "held-out pairs as well as the trees, or better";
        return new Result(joint, byField, new JointModelChoice(trees ? JointModelChoice.TREES : JointModelChoice.COPULA,
                reason, scores.copula(), scores.trees()));
    }

    private static int[] minimumLeaf(DataSchema schema, int[] positions) {
        int[] leaves = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            leaves[i] = SequentialTreesTrainer.minimumLeaf(schema.fields().get(positions[i]).privacyLevel());
        }
        return leaves;
    }

    private static Map<Integer, MarginalSampler> byField(int[] positions, List<MarginalSampler> marginals) {
        Map<Integer, MarginalSampler> result = new HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            result.put(positions[i], marginals.get(i));
        }
        return result;
    }
}
