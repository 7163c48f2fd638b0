package dev.synthesis.engine.fidelity;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** What a user does: upload a public CSV, keep the detected schema, train, generate, download CSV and read it back as text. */
record SeedRoundTrip(String file, Table seed, DataSchema schema, SynthesisModel model, Table output) {

    static SeedRoundTrip of(String file, int rows) {
        Table seed = read(file, resource(file));
        DataSchema schema = Profiler.profile(seed, file).schema();
        TypedTable typed = TableTyping.type(seed, schema);
        if (typed.rejectedRows() > 0) {
            throw new AssertionError(file + ": the seed does not fit its own detected schema: " + typed.errors().getFirst());
        }
        SynthesisModel model = Synthesizer.train(schema, typed.rows(), TrainingOptions.DEFAULT);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(OutputFormat.CSV, csv, schema)) {
            model.generate(7, 0, rows, writer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new SeedRoundTrip(file, seed, schema, model, read(file, new ByteArrayInputStream(csv.toByteArray())));
    }

    private static InputStream resource(String file) {
        return Objects.requireNonNull(SeedRoundTrip.class.getResourceAsStream("/datasets/" + file), file);
    }

    private static Table read(String file, InputStream in) {
        try (in) {
            return SeedReader.read(in, file, null, ReadLimits.DEFAULTS);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
