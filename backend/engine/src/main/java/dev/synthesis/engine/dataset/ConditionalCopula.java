package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.copula.CategoryOrder;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.copula.GaussianCopula;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A child table's Gaussian copula conditioned on its parent row, after
 * Patki, Wedge and Veeramachaneni, "The Synthetic Data Vault" (IEEE DSAA 2016), its hierarchical
 * modeling with conditional parameter aggregation: there,
 * every parent row is extended with the copula parameters fitted to its children plus the number of
 * children ("conditional parameter aggregation"), the parent's copula is fitted on the extended rows,
 * and a child row is drawn from the parameters its generated parent carries.
 *
 * <p>What is done differently, and why: the direction is reversed. The child's copula is fitted on the
 * child rows joined with a few parent fields and the parent's number of children (the "context"),
 * and a child row is drawn from the multivariate normal conditional on its generated parent's
 * context. SDV's per-parent copulas need many children per parent to estimate and grow the parent's
 * dimension quadratically with the child's; a joined copula estimates one matrix from all child rows
 * and conditions exactly. The children count is still, as in SDV, a field of the parent's copula, so
 * it depends on the parent's fields. Context fields come first in the matrix, so with its Cholesky
 * factor L the conditioning is a forward substitution: the known normal scores z₁..z_k fix the first
 * k independent normals e = L⁻¹z, fresh normals follow, and z = L e gives the rest from the
 * conditional N(Σ₂₁Σ₁₁⁻¹z₁, Σ₂₂ − Σ₂₁Σ₁₁⁻¹Σ₁₂).
 */
final class ConditionalCopula {

    private static final long JITTER_STREAM = -7;
    private static final double SCORE_LIMIT = 4;

    /** What {@link #fit} decided: the copula (or null), how many leading entries are context, and why. */
    record Fitted(GaussianCopula copula, int conditioned, String reason) {
        static final Fitted NONE = new Fitted(null, 0, "schema only: nothing to couple");
    }

    private ConditionalCopula() {}

    /**
     * @param samplers  the table's own fields then its context fields, as fitted one by one; coupled
     *                  categorical marginals are replaced in place by their reordered versions
     * @param training  the joined training rows, columns aligned with {@code samplers}
     * @param counts    per child slot the counts column aligned with the training rows, or null when not learned here
     */
    static Fitted fit(List<FieldSampler> samplers, Table training, int own, int contexts, Set<String> keys,
                      List<ChildCountSampler> children, List<List<Object>> counts, RandomGenerator random) {
        List<Integer> positions = new ArrayList<>();
        List<MarginalSampler> marginals = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (int i = own; i < own + contexts; i++) {
            add(samplers.get(i), training, i, positions, marginals, columns);
        }
        int conditioned = positions.size();
        for (int i = 0; i < own; i++) {
            if (!keys.contains(training.columns().get(i))) {
                add(samplers.get(i), training, i, positions, marginals, columns);
            }
        }
        for (int slot = 0; slot < children.size(); slot++) {
            if (counts.get(slot) != null) {
                positions.add(own + contexts + slot);
                marginals.add(children.get(slot));
                columns.add(counts.get(slot));
            }
        }
        if (positions.size() - conditioned < 1 || positions.size() < 2) {
            return new Fitted(null, 0, "fewer than two learned fields");
        }
        List<MarginalSampler> ordered = CategoryOrder.byNumericScore(marginals, columns, random);
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) < own + contexts) {
                samplers.set(positions.get(i), ordered.get(i));
            }
        }
        int[] fields = positions.stream().mapToInt(Integer::intValue).toArray();
        return new Fitted(CopulaTrainer.fit(fields, ordered, columns, random), conditioned,
                conditioned > 0 ? "conditioned on " + conditioned + " parent fields (SDV-style hierarchical copula)"
                        : "coupled fields and children counts");
    }

    private static void add(FieldSampler sampler, Table training, int position, List<Integer> positions,
                            List<MarginalSampler> marginals, List<List<Object>> columns) {
        if (sampler instanceof MarginalSampler marginal) {
            positions.add(position);
            marginals.add(marginal);
            columns.add(training.column(position));
        }
    }

    /**
     * Writes the uniforms of the coupled fields for one row, given the parent's context values
     * ({@code context[i]} for the field at position {@code own + i}); depends only on (seed, row, context).
     */
    static void uniforms(TableModel model, FieldSampler[] samplers, int own, long seed, long row, Object[] context,
                         RowRandom random, double[] normals, double[] uniforms) {
        GaussianCopula copula = model.joint();
        int[] fields = copula.fields();
        double[][] factor = copula.cholesky();
        int conditioned = model.conditioned();
        random.reset(seed, JITTER_STREAM, row);
        for (int i = 0; i < conditioned; i++) {
            MarginalSampler marginal = (MarginalSampler) samplers[fields[i]];
            double z = Normal.quantile(marginal.cdf(context[fields[i] - own], random.nextDouble()));
            double rest = Math.max(-SCORE_LIMIT, Math.min(SCORE_LIMIT, z));
            for (int j = 0; j < i; j++) {
                rest -= factor[i][j] * normals[j];
            }
            normals[i] = rest / factor[i][i];
        }
        random.reset(seed, JointModel.STREAM, row);
        for (int i = conditioned; i < fields.length; i++) {
            normals[i] = random.nextGaussian();
        }
        for (int i = conditioned; i < fields.length; i++) {
            double z = 0;
            for (int j = 0; j <= i; j++) {
                z += factor[i][j] * normals[j];
            }
            uniforms[fields[i]] = Normal.fastCdf(z);
        }
    }
}
