package dev.synthesis.engine.schema;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which field types each model can produce. */
public final class ModelCompatibility {

    private static final Set<FieldType> ALL = EnumSet.allOf(FieldType.class);
    private static final Map<FieldModel, Set<FieldType>> TYPES = Map.ofEntries(
            Map.entry(FieldModel.AUTO, ALL),
            Map.entry(FieldModel.CATEGORICAL, EnumSet.of(FieldType.STRING, FieldType.INTEGER, FieldType.NUMBER,
                    FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME)),
            Map.entry(FieldModel.NUMERIC, EnumSet.of(FieldType.NUMBER, FieldType.INTEGER)),
            Map.entry(FieldModel.DATETIME, EnumSet.of(FieldType.DATE, FieldType.DATETIME)),
            Map.entry(FieldModel.TEXT, EnumSet.of(FieldType.STRING)),
            Map.entry(FieldModel.IDENTIFIER, EnumSet.of(FieldType.STRING, FieldType.INTEGER)),
            Map.entry(FieldModel.PATTERN, EnumSet.of(FieldType.STRING)),
            Map.entry(FieldModel.FAKE, EnumSet.of(FieldType.STRING)),
            Map.entry(FieldModel.JSON, EnumSet.of(FieldType.JSON, FieldType.ARRAY)),
            Map.entry(FieldModel.TIMESERIES, EnumSet.of(FieldType.NUMBER, FieldType.INTEGER)),
            Map.entry(FieldModel.REFERENCE, EnumSet.of(FieldType.STRING, FieldType.INTEGER)),
            Map.entry(FieldModel.UNIFORM, EnumSet.of(FieldType.NUMBER, FieldType.INTEGER, FieldType.DATE,
                    FieldType.DATETIME, FieldType.BOOLEAN)));

    private ModelCompatibility() {}

    public static boolean allows(FieldModel model, FieldType type) {
        return TYPES.get(model).contains(type);
    }

    public static Set<FieldType> typesFor(FieldModel model) {
        return TYPES.get(model);
    }
}
