package dev.synthesis.engine.testing;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.SynthesisModel;
import java.util.ArrayList;
import java.util.List;

/** Generates into memory for assertions (tests only; production code streams). */
public final class Collect {

    private Collect() {}

    public static Table rows(SynthesisModel model, long seed, long first, long count) {
        List<Object[]> rows = new ArrayList<>();
        model.generate(seed, first, count, row -> rows.add(row.clone()));
        return new Table(model.schema().fields().stream().map(field -> field.name()).toList(), rows);
    }
}
