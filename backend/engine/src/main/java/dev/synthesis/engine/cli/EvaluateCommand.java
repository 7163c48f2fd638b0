package dev.synthesis.engine.cli;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.EvaluationOptions;
import dev.synthesis.engine.evaluate.EvaluationReport;
import dev.synthesis.engine.evaluate.Evaluator;
import dev.synthesis.engine.evaluate.ReportJson;
import dev.synthesis.engine.io.BadInput;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/**
 * {@code synth evaluate --real seed.csv --synthetic out.csv [--holdout h.csv] [--target column]}:
 * prints the quality and privacy report as JSON. Without {@code --schema} the schema is profiled
 * from the real seed. Constraints are dropped before typing so that synthetic values breaking them
 * are measured (BoundaryAdherence, CategoryAdherence) instead of silently left out; rows whose
 * values do not convert to the field type are left out and counted on standard error.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score synthetic data against the real data: quality and privacy, as a JSON report.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--real", required = true, paramLabel = "<seed>", description = "the real rows the generator was trained on")
    Path real;

    @Option(names = "--synthetic", required = true, paramLabel = "<data>", description = "the synthetic rows to score")
    Path synthetic;

    @Option(names = "--holdout", paramLabel = "<data>", description = "real rows the generator never saw (enables ML efficacy and the DCR share)")
    Path holdout;

    @Option(names = "--target", paramLabel = "<column>", description = "column to predict for ML efficacy (train on synthetic, test on real)")
    String target;

    @Option(names = "--schema", paramLabel = "<schema.json>", description = "the schema; profiled from --real when absent")
    Path schemaFile;

    @Option(names = "--seed", defaultValue = "42", description = "seed for every sample and model (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--output", paramLabel = "<report.json>", description = "write the report here instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        Table rawReal = SeedReader.read(real, ReadLimits.DEFAULTS);
        DataSchema declared = schemaFile == null ? Profiler.profile(rawReal).schema() : readSchema(schemaFile);
        DataSchema schema = withoutConstraints(declared);
        Table typedReal = typed(rawReal, real, schema);
        Table typedHoldout = holdout == null ? null : typed(SeedReader.read(holdout, ReadLimits.DEFAULTS), holdout, schema);
        Table typedSynthetic = typed(SeedReader.read(synthetic, ReadLimits.DEFAULTS), synthetic, schema);
        EvaluationOptions options = EvaluationOptions.defaults().withSeed(seed).withTarget(target);
        // typed without constraints, scored with them: a unique key is left out of the scores, as in the product
        EvaluationReport report = Evaluator.evaluate(declared, typedReal, typedHoldout, typedSynthetic, options);
        if (output == null) {
            spec.commandLine().getOut().println(report.toJson());
        } else {
            Files.writeString(output, report.toJson());
        }
        return 0;
    }

    private Table typed(Table raw, Path file, DataSchema schema) {
        TypedTable typed = TableTyping.type(raw, schema);
        if (typed.rejectedRows() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%s: %d of %d rows left out, their values do not fit the schema (first: %s)%n",
                    file.getFileName(), typed.rejectedRows(), raw.rowCount(), typed.errors().isEmpty() ? "-" : typed.errors().getFirst());
        }
        return typed.rows();
    }

    private static DataSchema withoutConstraints(DataSchema schema) {
        return new DataSchema(schema.name(), schema.description(), schema.domain(),
                schema.fields().stream().map(field -> field.withConstraints(Constraints.NONE)).toList(),
                schema.targetVolume(), schema.privacySettings());
    }

    private static DataSchema readSchema(Path file) {
        try {
            return ReportJson.mapper().readValue(file.toFile(), DataSchema.class);
        } catch (JacksonException bad) {
            throw BadInput.inFile(file.getFileName().toString(), "not a schema: " + bad.getOriginalMessage());
        } catch (UncheckedIOException unreadable) {
            throw BadInput.inFile(file.getFileName().toString(), unreadable.getMessage());
        }
    }
}
