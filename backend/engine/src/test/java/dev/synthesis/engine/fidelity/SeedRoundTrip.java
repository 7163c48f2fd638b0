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
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a user does: upload a public CSV, keep the detected schema, train, generate, download CSV and read it back as text. */
record SeedRoundTrip(String file, Table seed, DataSchema schema, SynthesisModel model, Table output) {

    static SeedRoundTrip of(String file, int rows) {
        Table seed = TestData.raw(file);
        TestData.Dataset profiled = TestData.profiled(seed, file);
        DataSchema schema = profiled.schema();
        SynthesisModel model = Synthesizer.train(schema, profiled.typed(), TrainingOptions.DEFAULT);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(OutputFormat.CSV, csv, schema)) {
            model.generate(7, 0, rows, writer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new SeedRoundTrip(file, seed, schema, model,
                SeedReader.read(new ByteArrayInputStream(csv.toByteArray()), file, null, ReadLimits.DEFAULTS));
    }
}
