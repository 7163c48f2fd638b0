package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.PrivacyAccount;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.NullableSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.ModelCompatibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a {@link SynthesisModel}: chooses and fits a model per field, couples the learned fields
 * with a joint model (a Gaussian copula or sequential trees, measured on held-out rows) and, with
 * differential privacy on, spends the schema's epsilon on the learned statistics and records it.
 */
public final class Synthesizer {

    private Synthesizer() {}

    /** @param typedSeed the seed as typed values, columns named like the schema's fields; null for schema-only */
    public static SynthesisModel train(DataSchema schema, Table typedSeed, TrainingOptions options) {
        List<String> violations = schema.violations().stream().map(Object::toString).toList();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the schema is invalid: " + String.join("; ", violations));
        }
        checkOverrides(schema, options);
        TrainingPlan plan = TrainingPlan.of(schema, typedSeed, options);
        List<FieldSampler> samplers = new ArrayList<>();
        List<BudgetEntry> spent = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            // Missing values are wrapped in before the copula, which then couples missingness too.
            samplers.add(NullableSampler.wrap(plan.nullRate(i, spent), plan.fit(i, spent)));
        }
        JointModelStep.Result joint = JointModelStep.fit(schema, plan, samplers, options);
        if (joint.spent() != null) {
            spent.add(joint.spent());
        }
        joint.marginals().forEach(samplers::set);
        PrivacyAccount account = plan.privateBudget() == null ? PrivacyAccount.OFF
                : new PrivacyAccount(true, schema.privacySettings().epsilon(), spent, plan.notLearned());
        // Hashes of real rows are a release too, so a differentially private model keeps none.
        ReplicatedUniques uniques = typedSeed == null || plan.privateBudget() != null ? null
                : ReplicatedUniques.of(schema, typedSeed, RowRandom.mix(options.seed() ^ typedSeed.rowCount()));
        return new SynthesisModel(schema, samplers, joint.joint(), account, plan.modelNames(), joint.choice(), uniques);
    }

    /** A model from the schema's declarations alone: types, constraints, enums, patterns, semantic kinds. */
    public static SynthesisModel schemaOnly(DataSchema schema) {
        return train(schema, null, TrainingOptions.DEFAULT);
    }

    static boolean learnsPrivately(FieldModel model) {
        return model == FieldModel.CATEGORICAL || model == FieldModel.NUMERIC || model == FieldModel.DATETIME;
    }

    private static void checkOverrides(DataSchema schema, TrainingOptions options) {
        options.models().forEach((name, model) -> {
            FieldDefinition field = schema.field(name)
                    .orElseThrow(() -> new IllegalArgumentException("model override for unknown field '" + name + "'"));
            if (!ModelCompatibility.allows(model, field.type())) {
                throw new IllegalArgumentException("model '" + model.jsonName() + "' cannot generate " + field.type().jsonName()
                        + " values (field '" + name + "'); it fits " + ModelCompatibility.typesFor(model));
            }
        });
    }
}
