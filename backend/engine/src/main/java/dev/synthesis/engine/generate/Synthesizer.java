package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
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
 * Trains a {@link SynthesisModel}: chooses and fits a model per field and couples the learned fields
 * with a joint model (a Gaussian copula or sequential trees, measured on held-out rows); with
 * differential privacy on, {@link PrivateTraining} learns them with MST instead.
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
        if (plan.isPrivate()) {
            return PrivateTraining.train(schema, plan, options);
        }
        List<FieldSampler> samplers = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            // Missing values are wrapped in before the copula, which then couples missingness too.
            samplers.add(NullableSampler.wrap(plan.nullRate(i), plan.fit(i)));
        }
        JointModelStep.Result joint = JointModelStep.fit(schema, plan, samplers, options);
        joint.marginals().forEach(samplers::set);
        ReplicatedUniques uniques = typedSeed == null ? null
                : ReplicatedUniques.of(schema, typedSeed, RowRandom.mix(options.seed() ^ typedSeed.rowCount()));
        return new SynthesisModel(schema, samplers, joint.joint(), PrivacyAccount.OFF, plan.modelNames(), joint.choice(),
                uniques);
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
