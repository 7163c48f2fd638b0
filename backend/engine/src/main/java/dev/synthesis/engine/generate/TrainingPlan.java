package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What training decided before fitting: each field's column and model. Under differential privacy no
 * choice reads the data, and fields whose model has no private variant forget their column: they are
 * generated from the schema alone and listed as not learned.
 */
final class TrainingPlan {

    private final DataSchema schema;
    private final List<List<Object>> columns = new ArrayList<>();
    private final List<FieldModel> models = new ArrayList<>();
    private final Optional<String> timeAxis;
    private final TrainingOptions options;
    private final boolean isPrivate;
    private final List<String> notLearned = new ArrayList<>();

    private TrainingPlan(DataSchema schema, Table seed, TrainingOptions options) {
        this.schema = schema;
        this.options = options;
        this.isPrivate = schema.privacySettings().differentialPrivacy() && seed != null;
        this.timeAxis = isPrivate ? Optional.empty() : TimeAxis.find(schema, seed);
        for (FieldDefinition field : schema.fields()) {
            List<Object> column = seed != null && seed.columns().contains(field.name())
                    ? seed.column(seed.columnIndex(field.name())) : null;
            boolean isAxis = timeAxis.filter(field.name()::equals).isPresent();
            FieldModel model = ModelChooser.choose(field, options.models().get(field.name()),
                    isPrivate ? null : column, isAxis, timeAxis.isPresent() && !isAxis);
            models.add(model);
            columns.add(isPrivate && !Synthesizer.learnsPrivately(model) ? forget(field, model) : column);
        }
    }

    static TrainingPlan of(DataSchema schema, Table seed, TrainingOptions options) {
        return new TrainingPlan(schema, seed, options);
    }

    FieldSampler fit(int index) {
        FieldDefinition field = schema.fields().get(index);
        FieldFitter fitter = new FieldFitter(field, columns.get(index), RareCategories.threshold(field.privacyLevel()),
                random(index), RowRandom.mix(options.seed() + index), seasonalPeriods());
        if (timeAxis.filter(field.name()::equals).isPresent()) {
            return fitter.timeAxis();
        }
        return fitter.fit(models.get(index));
    }

    /** The missing-value rate to reproduce: zero for required fields and fields without a column. */
    double nullRate(int index) {
        FieldDefinition field = schema.fields().get(index);
        List<Object> column = columns.get(index);
        if (field.constraints().required() || column == null || column.isEmpty()) {
            return 0;
        }
        return (double) column.stream().filter(Objects::isNull).count() / column.size();
    }

    private double[] seasonalPeriods() {
        return timeAxis.map(name -> {
            int index = schema.fields().indexOf(schema.field(name).orElseThrow());
            List<Object> axis = columns.get(index).stream().filter(Objects::nonNull).toList();
            return TimeAxis.seasonalPeriods(schema.fields().get(index), axis);
        }).orElse(new double[0]);
    }

    List<Object> column(int index) {
        return columns.get(index);
    }

    FieldModel model(int index) {
        return models.get(index);
    }

    boolean isPrivate() {
        return isPrivate;
    }

    List<String> notLearned() {
        return List.copyOf(notLearned);
    }

    List<String> modelNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            boolean isAxis = timeAxis.filter(schema.fields().get(i).name()::equals).isPresent();
            boolean fromSchema = columns.get(i) == null && models.get(i) != FieldModel.FAKE;
            names.add(isAxis ? "time-axis" : fromSchema ? "schema-only" : models.get(i).jsonName());
        }
        return names;
    }

    SplittableRandom random(int stream) {
        return new SplittableRandom(RowRandom.mix(options.seed() * 31 + stream));
    }

    private List<Object> forget(FieldDefinition field, FieldModel model) {
        if (model != FieldModel.FAKE) {
            notLearned.add(field.name());
        }
        return null;
    }
}
