package dev.synthesis.engine.fidelity;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.validate.TableTyping;
import java.util.List;

/** A raw seed (text values, as read from a file) put through profiling, typing and training, as the product does. */
final class Seeds {

    private Seeds() {}

    static SynthesisModel train(List<String> columns, List<Object[]> textRows) {
        Table raw = new Table(columns, textRows);
        DataSchema schema = Profiler.profile(raw, "seed").schema();
        return Synthesizer.train(schema, TableTyping.type(raw, schema).rows(), TrainingOptions.DEFAULT);
    }

    static List<Object[]> generate(SynthesisModel model, int rows) {
        return Collect.rows(model, 11, 0, rows).rows();
    }

    static double share(List<Object[]> rows, int column, java.util.function.Predicate<Object> test) {
        return (double) rows.stream().filter(row -> test.test(row[column])).count() / rows.size();
    }
}
