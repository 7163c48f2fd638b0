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
    AUTO("auto"),
    CATEGORICAL("categorical"),
    NUMERIC("numeric", "VAE"),
    DATETIME("datetime"),
    TEXT("text", "T5-Small"),
    IDENTIFIER("identifier"),
    PATTERN("pattern"),
    FAKE("fake"),
    JSON("json"),
    TIMESERIES("timeseries", "ARIMA"),
    REFERENCE("reference", "Node2Vec"),
    UNIFORM("uniform");

    private final String jsonName;
    private final List<String> aliases;

    FieldModel(String jsonName, String... aliases) {
        this.jsonName = jsonName;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
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
