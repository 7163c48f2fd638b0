package dev.synthesis.engine.cli;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.ModelFiles;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.ModelCompatibility;
import dev.synthesis.engine.schema.PrivacySettings;
import dev.synthesis.engine.validate.TypedTable;
import dev.synthesis.engine.validate.TableTyping;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synth train <seed> [--schema s.json] -o model [--epsilon E [--delta D]]}: fits a model on a seed and
 * writes the model file; with {@code --epsilon} training is (ε, δ)-differentially private (MST).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit a synthesis model on a seed file; the schema is detected unless --schema is given.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<seed>", description = "the seed file (CSV, JSON, JSONL, XLSX)")
    Path seed;

    @Option(names = "--schema", paramLabel = "<schema.json>", description = "the schema to train with (default: profiled)")
    Path schemaFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<model>", description = "where to write the model")
    Path output;

    @Option(names = "--seed", defaultValue = "42", description = "training seed (default: ${DEFAULT-VALUE})")
    long trainingSeed;

    @Option(names = "--model", paramLabel = "<field=model>",
            description = "override one field's model, e.g. --model comment=text (repeatable); models: ${COMPLETION-CANDIDATES}",
            completionCandidates = ModelNames.class)
    Map<String, String> models = new LinkedHashMap<>();

    @Option(names = "--epsilon", paramLabel = "<ε>",
            description = "train with differential privacy at this epsilon (sets the schema's privacySettings)")
    Double epsilon;

    @Option(names = "--delta", paramLabel = "<δ>", description = "the delta of (ε, δ)-DP with --epsilon (default: 1e-6)")
    Double delta;

    @Override
    public Integer call() throws IOException {
        Table raw = CliFiles.readSeed(seed);
        DataSchema schema = withPrivacy(schemaFile != null ? CliFiles.readSchema(schemaFile)
                : Profiler.profile(raw, ProfileCommand.schemaName(seed)).schema());
        TypedTable typed = TableTyping.type(raw, schema);
        PrintWriter err = spec.commandLine().getErr();
        if (typed.rows().rowCount() == 0 && raw.rowCount() > 0) {
            throw new InvalidInput(seed.getFileName() + ": no row fits the schema; first problem: " + typed.errors().getFirst());
        }
        if (typed.rejectedRows() > 0) {
            err.println("skipped " + typed.rejectedRows() + " rows that do not fit the schema; first: " + typed.errors().getFirst());
        }
        long started = System.nanoTime();
        SynthesisModel model = Synthesizer.train(schema, typed.rows(), new TrainingOptions(trainingSeed, overrides(schema), false));
        try (OutputStream out = Files.newOutputStream(output)) {
            ModelFiles.write(model, out);
        }
        summarise(model, typed.rows().rowCount(), (System.nanoTime() - started) / 1e9);
        return SynthCli.OK;
    }

    private DataSchema withPrivacy(DataSchema schema) {
        if (epsilon == null) {
            if (delta != null) {
                throw new InvalidInput("--delta needs --epsilon");
            }
            return schema;
        }
        DataSchema result = new DataSchema(schema.name(), schema.description(), schema.domain(), schema.fields(),
                schema.targetVolume(), new PrivacySettings(true, epsilon, 100.0, delta));
        if (!result.violations().isEmpty()) {
            throw new InvalidInput(result.violations().getFirst().toString());
        }
        return result;
    }

    private Map<String, FieldModel> overrides(DataSchema schema) {
        Map<String, FieldModel> overrides = new LinkedHashMap<>();
        models.forEach((field, model) -> {
            if (schema.field(field).isEmpty()) {
                throw new InvalidInput("--model: no field '" + field + "' in the schema");
            }
            FieldModel chosen;
            try {
                chosen = FieldModel.fromJson(model);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput("--model " + field + ": " + unknown.getMessage());
            }
            if (!ModelCompatibility.allows(chosen, schema.field(field).orElseThrow().type())) {
                throw new InvalidInput("--model " + field + ": '" + model + "' cannot generate "
                        + schema.field(field).orElseThrow().type().jsonName() + " values");
            }
            overrides.put(field, chosen);
        });
        return overrides;
    }

    /** The model names --help lists. */
    static final class ModelNames extends java.util.ArrayList<String> {
        ModelNames() {
            super(java.util.Arrays.stream(FieldModel.values()).map(FieldModel::jsonName).toList());
        }
    }

    private void summarise(SynthesisModel model, int rows, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("trained on %d rows in %.2f s -> %s%n", rows, seconds, output);
        for (int i = 0; i < model.schema().fields().size(); i++) {
            out.printf("  %-30s %s%n", model.schema().fields().get(i).name(), model.modelNames().get(i));
        }
        out.println("joint model: " + model.jointChoice().summary());
        if (model.privacy().enabled()) {
            out.printf("differential privacy: spent epsilon %.4f of %.4f, delta %.2e of %.2e; not learned: %s%n",
                    model.privacy().epsilonSpent(), model.privacy().epsilonBudget(), model.privacy().deltaSpent(),
                    model.privacy().deltaBudget(), model.privacy().notLearned());
        }
    }
}
