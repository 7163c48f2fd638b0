package dev.synthesis.app.training.web;

import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.io.ValueText;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.List;

/** Generates a preview's rows and keeps them until the count or the character budget is reached. */
final class PreviewRows {

    private PreviewRows() {}

    /** Rows stop once their values hold {@link PreviewLimits#MAX_ANSWER_CHARS} characters; the first row is always kept. */
    static List<List<String>> generate(SynthesisModel model, long seed, int rows) {
        List<FieldDefinition> fields = model.schema().fields();
        List<List<String>> generated = new ArrayList<>(rows);
        long[] chars = {0};
        // one call, as a download makes them (sequential models such as time series depend on it); rows past the budget are dropped
        model.generate(seed, 0, rows, values -> {
            if (generated.isEmpty() || chars[0] < PreviewLimits.MAX_ANSWER_CHARS) {
                List<String> written = written(fields, values);
                written.forEach(text -> chars[0] += text == null ? 0 : text.length());
                generated.add(written);
            }
        });
        return generated;
    }

    /**
     * A row as the download writes it (yes/no, the seed's decimals, dates in their format, the seed's
     * missing-value marker such as NA); null where a value is missing and the field has no marker.
     */
    private static List<String> written(List<FieldDefinition> fields, Object[] row) {
        List<String> texts = new ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            String text = PreviewLimits.shown(ValueText.orMissing(fields.get(i), row[i]));
            texts.add(text.isEmpty() && row[i] == null ? null : text);
        }
        return texts;
    }
}
