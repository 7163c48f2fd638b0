package dev.synthesis.engine.generate;

import dev.synthesis.engine.dp.DpRandom;
import dev.synthesis.engine.dp.PrivacyAccount;
import dev.synthesis.engine.dp.mst.MstTrainer;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.PrivacySettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Training under differential privacy: MST ({@link MstTrainer}) learns the categorical, numeric and
 * date fields together, with the schema's (ε, δ); every other field, and a field none of whose
 * categories could be released, is generated from the schema alone and listed as not learned. The
 * model keeps no hashes of real rows (they would be a release too).
 */
final class PrivateTraining {

    static final String JOINT = "mst-tree";

    private PrivateTraining() {}

    static SynthesisModel train(DataSchema schema, TrainingPlan plan, TrainingOptions options) {
        PrivacySettings settings = schema.privacySettings();
        List<MstTrainer.Learned> learned = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            if (plan.column(i) != null) {
                learned.add(new MstTrainer.Learned(i, schema.fields().get(i), plan.model(i) == FieldModel.CATEGORICAL,
                        plan.column(i)));
            }
        }
        MstTrainer.Result result = MstTrainer.fit(learned, settings.epsilon(), settings.deltaOrDefault(),
                !options.independent(), DpRandom.secure());
        List<FieldSampler> samplers = new ArrayList<>();
        List<String> names = new ArrayList<>(plan.modelNames());
        for (int i = 0; i < schema.fields().size(); i++) {
            FieldSampler learnedSampler = result.samplers().get(i);
            boolean unreleased = result.unreleased().contains(schema.fields().get(i).name());
            samplers.add(learnedSampler != null ? learnedSampler
                    : unreleased ? SchemaOnly.sampler(schema.fields().get(i)) : plan.fit(i));
            if (unreleased) {
                names.set(i, "schema-only");
            }
        }
        List<String> notLearned = new ArrayList<>(plan.notLearned());
        notLearned.addAll(result.unreleased());
        PrivacyAccount account = new PrivacyAccount(true, settings.epsilon(), result.entries(), notLearned,
                settings.deltaOrDefault());
        return new SynthesisModel(schema, samplers, result.tree(), account, names, choice(result, learned.size()), null);
    }

    private static JointModelChoice choice(MstTrainer.Result result, int learned) {
        if (result.tree() == null) {
            return JointModelChoice.without(learned < 2 ? "fewer than two learned fields"
                    : "differential privacy: independent fields were asked for, or fewer than two fields were released");
        }
        return new JointModelChoice(JOINT, "differential privacy: MST, 2-way marginals on a private maximum spanning tree",
                null, null);
    }
}
