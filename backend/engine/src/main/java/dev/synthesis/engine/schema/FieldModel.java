package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-field generator a user may pick; {@link #AUTO} lets the engine choose from the data.
 *
 * <p>The original proposal named neural models (T5-Small, VAE, ARIMA, Node2Vec); they are accepted
 * as aliases of the CPU models that play the same role, so schemas written against it still load.
 * IsolationForest scores anomalies and generates nothing, so it is refused with that reason.
 */
public enum FieldModel {
    AUTO("auto", "Lets the engine choose from the field's declaration (unique, pattern, enum, personal kind) and the seed's values"),
    CATEGORICAL("categorical", "Samples the seed's categories (or the enum values) at their frequencies; rare categories are withheld"),
    NUMERIC("numeric", "Follows the seed's distribution of numbers through a smoothed quantile function, within min and max", "VAE"),
    DATETIME("datetime", "Follows the seed's distribution of dates or times through a smoothed quantile function, within min and max"),
    TEXT("text", "Free text from character and word n-gram models of the seed, pruned so no rare phrase is copied", "T5-Small"),
    IDENTIFIER("identifier", "Keys that never repeat at any volume: a shuffled range, a sequence or UUIDs"),
    PATTERN("pattern", "Strings matching the field's regular expression (or the pattern shared by the seed's codes)"),
    FAKE("fake", "Realistic invented personal values (names, emails, phones) that never copy the seed"),
    JSON("json", "JSON objects or arrays with the seed's keys, nesting and value types"),
    TIMESERIES("timeseries", "Numbers that keep the seed's trend, seasonality and step-to-step correlation along the time axis", "ARIMA"),
    REFERENCE("reference", "Values of another schema's key, for foreign keys declared in the field's relationships", "Node2Vec"),
    UNIFORM("uniform", "Every value between min and max equally likely, ignoring the seed's distribution");

    private final String jsonName;
    private final String explanation;
    private final List<String> aliases;

    FieldModel(String jsonName, String explanation, String... aliases) {
        this.jsonName = jsonName;
        this.explanation = explanation;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** What the model does, in one line a data engineer choosing it in the designer understands. */
    public String explanation() {
        return explanation;
    }

    @JsonCreator
    public static FieldModel fromJson(String text) {
        String wanted = text.trim();
        if (wanted.equalsIgnoreCase("IsolationForest")) {
            throw new IllegalArgumentException(
                    "IsolationForest scores anomalies and does not generate values; it is used by the privacy evaluation."
                            + " Pick 'auto' or another model");
        }
        return Arrays.stream(values())
                .filter(model -> model.jsonName.equalsIgnoreCase(wanted)
                        || model.aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(FieldModel::jsonName).toList()));
    }

    public static String allowedNames() {
        return Arrays.stream(values()).map(FieldModel::jsonName).toList().toString().toLowerCase(Locale.ROOT);
    }
}
