package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

/**
 * Differentially private training with MST (McKenna, Miklau and Sheldon, "Winning the NIST Contest: A
 * scalable and general approach to differentially private synthetic data", Journal of Privacy and
 * Confidentiality 11(3), 2021): measure every field's 1-way marginal with Gaussian noise, pick the pairs
 * to measure by a private maximum spanning tree, measure their 2-way marginals, and sample from the tree
 * distribution that fits the measurements. Our additions for typed tables: domains (category sets,
 * numeric ranges) are released privately or taken from the schema ({@link OneWay}, {@link PrivateRange});
 * numbers are measured on fine bins and merged into a few coarse bins for the pairs ({@link Coarsening});
 * missing values are a bin of their own.
 *
 * <p>Neighbouring tables differ by adding or removing one row, so the row count is private too (it is
 * only estimated from noisy totals). Every read of the seed goes through {@link Releases}: discrete
 * Gaussian counts (Canonne, Kamath and Steinke 2020) and the exponential mechanism, composed in zCDP
 * (Bun and Steinke 2016) and converted to (ε, δ); the split is {@link MstBudget}'s. Noise comes from the
 * secure generator given, so training is not reproducible from the training seed; generation from the
 * fitted model is.
 */
public final class MstTrainer {

    /**
     * What training produced.
     *
     * @param samplers   per learned schema position, its sampler (driven by the tree)
     * @param tree       the joint model, or null with fewer than two learned fields
     * @param entries    every release, for the ledger
     * @param unreleased fields whose domain came out empty (no category passed): generated from the schema
     */
    public record Result(Map<Integer, MarginalSampler> samplers, TreeModel tree, List<BudgetEntry> entries,
                         List<String> unreleased) {}

    /**
     * A field to learn.
     *
     * @param position    its schema position
     * @param categorical whether it is learned as categories (its model), else on its numeric axis
     * @param column      its typed seed values
     */
    public record Learned(int position, FieldDefinition field, boolean categorical, List<Object> column) {

        boolean selectsCategories() {
            return categorical && field.constraints().enumValues() == null && field.type() != FieldType.BOOLEAN;
        }

        boolean needsRange() {
            return !categorical && !AxisBounds.of(field).bounded();
        }
    }

    private MstTrainer() {}

    /** @param tree whether to fit the tree; without it every field is sampled alone and the 1-ways get all of ρ */
    public static Result fit(List<Learned> fields, double epsilon, double delta, boolean tree, RandomGenerator secure) {
        Releases releases = new Releases(secure);
        int partitioned = (int) fields.stream().filter(Learned::selectsCategories).count();
        int ranged = (int) fields.stream().filter(Learned::needsRange).count();
        MstBudget budget = MstBudget.of(epsilon, delta, fields.size(), tree, partitioned, ranged);
        List<OneWay> measured = new ArrayList<>();
        List<Learned> kept = new ArrayList<>();
        List<String> unreleased = new ArrayList<>();
        for (Learned field : fields) {
            OneWay oneWay = measure(field, budget, releases);
            if (oneWay.domain().present() == 0) {
                unreleased.add(field.field().name());
            } else {
                measured.add(oneWay);
                kept.add(field);
            }
        }
        TreeFit fit = TreeFit.of(measured, kept.stream().map(Learned::column).toList(), budget, tree, releases);
        Map<Integer, MarginalSampler> samplers = new LinkedHashMap<>();
        double[][] cuts = new double[kept.size()][];
        for (int i = 0; i < kept.size(); i++) {
            Learned field = kept.get(i);
            // The zone offset is how date-times are written (representation), not a statistic of the rows.
            ZoneOffset offset = field.field().type() == FieldType.DATETIME ? TypedValues.offsetOf(field.column()) : null;
            Marginals marginals = Marginals.of(measured.get(i).domain(), fit.coarse()[i], fit.fine()[i],
                    fit.estimate().marginals()[i], offset);
            samplers.put(field.position(), marginals.sampler());
            cuts[i] = marginals.cuts();
        }
        int[] positions = kept.stream().mapToInt(Learned::position).toArray();
        TreeModel model = fit.edges().isEmpty() ? null : TreeModels.of(positions, fit, cuts);
        return new Result(samplers, model, releases.entries(), unreleased);
    }

    private static OneWay measure(Learned learned, MstBudget budget, Releases releases) {
        FieldDefinition field = learned.field();
        List<Object> column = learned.column();
        if (field.constraints().enumValues() != null) {
            return OneWay.declared(field, column, field.constraints().enumValues(), budget.rhoOneWay(), releases);
        }
        if (field.type() == FieldType.BOOLEAN) {
            return OneWay.declared(field, column, List.of("true", "false"), budget.rhoOneWay(), releases);
        }
        if (learned.categorical()) {
            return OneWay.selected(field, column, budget.rhoOneWay(), budget.deltaPerPartition(), releases);
        }
        AxisBounds range = AxisBounds.of(field);
        if (!range.bounded()) {
            range = range(field, column, range, budget.rhoRange(), releases);
        }
        return OneWay.numeric(field, column, range, budget.rhoOneWay(), releases);
    }

    private static AxisBounds range(FieldDefinition field, List<Object> column, AxisBounds declared, double rho,
                                    Releases releases) {
        FieldType type = field.type();
        long[] counts = new long[PrivateRange.buckets(type)];
        column.stream().filter(Objects::nonNull).mapToDouble(TypedValues::toAxis).filter(Double::isFinite)
                .forEach(x -> counts[PrivateRange.bucket(type, x)]++);
        long[] noisy = releases.counts("range:" + field.name(), counts, rho);
        int[] passing = PrivateRange.passing(noisy, OneWay.sigma(rho));
        return PrivateRange.span(type, passing[0], passing[1], declared);
    }
}
