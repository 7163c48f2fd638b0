package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.Laplace;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What training decided before fitting: each field's column, model and share of the DP budget.
 * Under differential privacy half of epsilon goes to the copula (unless its noise would swamp every
 * correlation: then the copula is skipped and its half goes to the marginals) and the rest is split
 * evenly over the fields learned privately; inside a field a tenth pays for the missing-value
 * rate and the rest for the histogram. Fields whose model has no private variant are generated from
 * the schema alone and listed as not learned.
 */
final class TrainingPlan {

    private static final double NULL_SHARE = 0.1;

    private final DataSchema schema;
    private final List<List<Object>> columns = new ArrayList<>();
    private final List<FieldModel> models = new ArrayList<>();
    private final Optional<String> timeAxis;
    private final TrainingOptions options;
    private final Double budget;
    private final List<String> notLearned = new ArrayList<>();
    private final int rows;
    private double fieldEpsilon;
    private double copulaEpsilon;

    private TrainingPlan(DataSchema schema, Table seed, TrainingOptions options) {
        this.schema = schema;
        this.options = options;
        this.budget = schema.privacySettings().differentialPrivacy() && seed != null ? schema.privacySettings().epsilon() : null;
        this.rows = seed == null ? 0 : seed.rowCount();
        this.timeAxis = budget == null ? TimeAxis.find(schema, seed) : Optional.empty();
        for (FieldDefinition field : schema.fields()) {
            List<Object> column = seed != null && seed.columns().contains(field.name())
                    ? seed.column(seed.columnIndex(field.name())) : null;
            boolean isAxis = timeAxis.filter(field.name()::equals).isPresent();
            FieldModel model = ModelChooser.choose(field, options.models().get(field.name()),
                    budget == null ? column : null, isAxis, timeAxis.isPresent() && !isAxis);
            models.add(model);
            columns.add(budget != null && !Synthesizer.learnsPrivately(model) ? forget(field, model) : column);
        }
        splitBudget();
    }

    static TrainingPlan of(DataSchema schema, Table seed, TrainingOptions options) {
        return new TrainingPlan(schema, seed, options);
    }

    FieldSampler fit(int index, List<BudgetEntry> spent) {
        FieldDefinition field = schema.fields().get(index);
        List<Object> column = columns.get(index);
        Double epsilon = budget == null || column == null ? null : fieldEpsilon * (1 - nullShare(field));
        FieldFitter fitter = new FieldFitter(field, column, RareCategories.threshold(field.privacyLevel()), epsilon,
                random(index), RowRandom.mix(options.seed() + index), seasonalPeriods());
        if (timeAxis.filter(field.name()::equals).isPresent()) {
            return fitter.timeAxis();
        }
        if (epsilon != null) {
            spent.add(new BudgetEntry("marginal:" + field.name(), "laplace histogram", epsilon,
                    models.get(index) == FieldModel.CATEGORICAL && field.constraints().enumValues() == null
                            ? dev.synthesis.engine.model.categorical.CategoricalTrainer.DELTA : 0));
        }
        return fitter.fit(models.get(index));
    }

    /** The missing-value rate to reproduce: zero for required fields, noisy under differential privacy. */
    double nullRate(int index, List<BudgetEntry> spent) {
        FieldDefinition field = schema.fields().get(index);
        List<Object> column = columns.get(index);
        if (field.constraints().required() || column == null || column.isEmpty()) {
            return 0;
        }
        double nulls = column.stream().filter(Objects::isNull).count();
        if (budget != null) {
            double epsilon = fieldEpsilon * NULL_SHARE;
            nulls += Laplace.noise(1, epsilon, random(index + schema.fields().size()));
            spent.add(new BudgetEntry("nulls:" + field.name(), "laplace count", epsilon, 0));
        }
        return Math.max(0, Math.min(1, nulls / column.size()));
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

    Double privateBudget() {
        return budget;
    }

    double copulaEpsilon() {
        return copulaEpsilon;
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

    private double nullShare(FieldDefinition field) {
        return field.constraints().required() ? 0 : NULL_SHARE;
    }

    private void splitBudget() {
        if (budget == null) {
            return;
        }
        int learned = (int) columns.stream().filter(Objects::nonNull).count();
        boolean useful = CopulaTrainer.privateCopulaIsUseful(learned, rows, budget / 2);
        copulaEpsilon = useful && !options.independent() ? budget / 2 : 0;
        fieldEpsilon = learned == 0 ? 0 : (budget - copulaEpsilon) / learned;
    }
}
