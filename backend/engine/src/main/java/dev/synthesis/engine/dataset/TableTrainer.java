package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.JointModelChoice;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.NullableMarginal;
import dev.synthesis.engine.model.NullableSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.sequence.SequenceModel;
import dev.synthesis.engine.sequence.SequenceTrainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Trains one table of a dataset: its own fields (foreign keys excluded: generation sets them) on the
 * seed joined with the chosen parent context fields, the children counts of the relationships it
 * drives, and how its other foreign keys are filled. The copula over all of it is fitted by
 * {@link ConditionalCopula}.
 */
final class TableTrainer {

    static final String CONTEXT_PREFIX = "parent.";

    private final DatasetSchema dataset;
    private final DatasetLayout layout;
    private final Map<String, Table> seeds;
    private final TrainingOptions options;
    private final int table;
    private final DataSchema schema;
    private final Table seed;
    private final Set<String> foreignKeys = new HashSet<>();

    private TableTrainer(DatasetSchema dataset, DatasetLayout layout, int table, Map<String, Table> seeds, TrainingOptions options) {
        this.dataset = dataset;
        this.layout = layout;
        this.seeds = seeds;
        this.options = options;
        this.table = table;
        this.schema = dataset.tables().get(table);
        this.seed = seeds.get(schema.name());
        dataset.relationships().stream().filter(r -> r.child().equals(schema.name()))
                .forEach(r -> foreignKeys.add(r.childKey()));
        if (seed != null && schema.privacySettings().differentialPrivacy()) {
            throw new IllegalArgumentException("table '" + schema.name() + "' asks for differential privacy, which multi-table"
                    + " datasets do not offer yet; train it as a single table instead");
        }
    }

    static TableModel train(DatasetSchema dataset, DatasetLayout layout, int table, Map<String, Table> seeds,
                            TrainingOptions options) {
        return new TableTrainer(dataset, layout, table, seeds, options).train();
    }

    private TableModel train() {
        List<FieldDefinition> own = schema.fields().stream().filter(field -> !foreignKeys.contains(field.name())).toList();
        int driving = layout.driving[table];
        TableRelationship relationship = driving < 0 ? null : dataset.relationships().get(driving);
        Table parentSeed = relationship == null ? null : seeds.get(relationship.parent());
        SeedJoin join = seed == null || parentSeed == null ? null
                : SeedJoin.of(parentSeed, relationship.parentKey(), seed, relationship.childKey());
        List<String> sources = join == null ? List.of() : contextSources(relationship, parentSeed, join);
        List<FieldDefinition> fields = new ArrayList<>(own);
        sources.forEach(source -> fields.add(contextField(relationship, source)));
        DataSchema augmented = new DataSchema(schema.name(), schema.description(), schema.domain(), fields,
                schema.targetVolume(), schema.privacySettings());
        int[] rows = trainingRows(join);
        Table training = seed == null ? null : trainingTable(own, sources, rows, parentSeed, join);
        SynthesisModel base = training == null ? Synthesizer.schemaOnly(augmented)
                : Synthesizer.train(augmented, training, options.withIndependentFields());
        List<FieldSampler> samplers = withPlainKeys(own, base.samplers());
        List<ChildCountSampler> children = new ArrayList<>();
        List<long[]> coupledCounts = new ArrayList<>();
        childCounts(children, coupledCounts);
        ConditionalCopula.Fitted joint = training == null ? ConditionalCopula.Fitted.NONE
                : ConditionalCopula.fit(samplers, training, own.size(), sources.size(), keys(), children,
                        countColumns(coupledCounts, rows), new SplittableRandom(RowRandom.mix(options.seed() * 31 + table)));
        SynthesisModel model = new SynthesisModel(augmented, samplers, null, base.privacy(), base.modelNames(),
                new JointModelChoice(joint.copula() == null ? "independent" : "gaussian-copula", joint.reason(), null, null),
                base.replicatedUniques());
        return new TableModel(schema.name(), model, sources, joint.copula(), joint.conditioned(), children, references(driving),
                relationship == null || relationship.sequence() == null ? null : sequence(relationship, parentSeed, join));
    }

    /** Keys, foreign keys and unique fields are hidden from the sequence model, so no series overwrites a value rows refer to. */
    private SequenceModel sequence(TableRelationship relationship, Table parentSeed, SeedJoin join) {
        if (join == null) {
            return SequenceTrainer.schemaOnly(schema, relationship.sequence());
        }
        Set<String> hidden = new HashSet<>(foreignKeys);
        hidden.addAll(keys());
        schema.fields().stream().filter(field -> field.constraints().unique()).forEach(field -> hidden.add(field.name()));
        return EventSequences.fit(schema, seed, hidden, parentSeed, join, relationship.sequence(), RowRandom.mix(options.seed() - table));
    }

    private List<String> contextSources(TableRelationship relationship, Table parentSeed, SeedJoin join) {
        DataSchema parent = dataset.table(relationship.parent()).orElseThrow();
        Set<String> parentForeignKeys = new HashSet<>();
        dataset.relationships().stream().filter(r -> r.child().equals(parent.name())).forEach(r -> parentForeignKeys.add(r.childKey()));
        List<String> sources = new ArrayList<>(ContextChoice.choose(parent, parentSeed, parentForeignKeys, schema, seed, foreignKeys, join));
        if (relationship.cardinality() == Cardinality.ONE_TO_MANY) {
            sources.add(TableModel.SIBLINGS);
        }
        return sources;
    }

    private FieldDefinition contextField(TableRelationship relationship, String source) {
        if (source.equals(TableModel.SIBLINGS)) {
            return FieldDefinition.of(CONTEXT_PREFIX + source, FieldType.INTEGER);
        }
        FieldDefinition parentField = dataset.table(relationship.parent()).orElseThrow().field(source).orElseThrow();
        return new FieldDefinition(CONTEXT_PREFIX + source, parentField.type(), null, null, null, null, parentField.format(),
                null, null, null, null);
    }

    /** Seed rows to learn from, orphans left out (their parent's context is unknown), shuffled so no time axis is inferred. */
    private int[] trainingRows(SeedJoin join) {
        if (seed == null) {
            return new int[0];
        }
        int[] rows = IntStream.range(0, seed.rowCount())
                .filter(row -> join == null || join.parentOfChild()[row] >= 0).toArray();
        SplittableRandom random = new SplittableRandom(RowRandom.mix(options.seed() + table));
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        return rows;
    }

    private Table trainingTable(List<FieldDefinition> own, List<String> sources, int[] rows, Table parentSeed, SeedJoin join) {
        List<String> columns = new ArrayList<>(own.stream().map(FieldDefinition::name).toList());
        sources.forEach(source -> columns.add(CONTEXT_PREFIX + source));
        int[] ownColumns = own.stream().mapToInt(field -> seed.columnIndex(field.name())).toArray();
        int[] parentColumns = sources.stream()
                .mapToInt(source -> source.equals(TableModel.SIBLINGS) ? -1 : parentSeed.columnIndex(source)).toArray();
        List<Object[]> values = new ArrayList<>(rows.length);
        for (int row : rows) {
            Object[] seedRow = seed.rows().get(row);
            Object[] joined = new Object[columns.size()];
            for (int i = 0; i < ownColumns.length; i++) {
                joined[i] = seedRow[ownColumns[i]];
            }
            for (int i = 0; i < parentColumns.length; i++) {
                int parentRow = join.parentOfChild()[row];
                joined[ownColumns.length + i] = parentColumns[i] < 0 ? (Object) join.childrenPerParent()[parentRow]
                        : parentSeed.rows().get(parentRow)[parentColumns[i]];
            }
            values.add(joined);
        }
        return new Table(columns, values);
    }

    /** Keys are never missing: generation copies them into children, so a null key would orphan them. */
    private List<FieldSampler> withPlainKeys(List<FieldDefinition> own, List<FieldSampler> samplers) {
        List<FieldSampler> result = new ArrayList<>(samplers);
        Set<String> keys = keys();
        for (int i = 0; i < own.size(); i++) {
            if (keys.contains(own.get(i).name())) {
                FieldSampler sampler = result.get(i);
                result.set(i, sampler instanceof NullableSampler nullable ? nullable.values()
                        : sampler instanceof NullableMarginal nullable ? nullable.values() : sampler);
            }
        }
        return result;
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        dataset.relationships().stream().filter(r -> r.parent().equals(schema.name())).forEach(r -> keys.add(r.parentKey()));
        return keys;
    }

    /** Per relationship this table drives: the seed's counts (zeros included) when both seeds exist, else what is known. */
    private void childCounts(List<ChildCountSampler> children, List<long[]> coupledCounts) {
        for (int r : layout.childRelationships.get(table)) {
            TableRelationship relationship = dataset.relationships().get(r);
            Table childSeed = seeds.get(relationship.child());
            long[] counts = seed == null || childSeed == null ? null
                    : SeedJoin.of(seed, relationship.parentKey(), childSeed, relationship.childKey()).childrenPerParent();
            if (counts != null && relationship.cardinality() == Cardinality.ONE_TO_ONE) {
                counts = Arrays.stream(counts).map(count -> Math.min(count, 1)).toArray();
            }
            children.add(counts != null ? ChildCountSampler.learned(counts)
                    : childSeed != null ? ChildCountSampler.learned(SeedJoin.perReferencedKey(childSeed, relationship.childKey()))
                    : ChildCountSampler.declared(relationship.children(), relationship.cardinality()));
            coupledCounts.add(counts);
        }
    }

    /** The coupled counts aligned with the training rows; null entries are counts not learned from this table's seed. */
    private static List<List<Object>> countColumns(List<long[]> counts, int[] rows) {
        List<List<Object>> columns = new ArrayList<>();
        for (long[] perRow : counts) {
            if (perRow == null) {
                columns.add(null);
                continue;
            }
            List<Object> column = new ArrayList<>(rows.length);
            for (int row : rows) {
                column.add(perRow[row]);
            }
            columns.add(column);
        }
        return columns;
    }

    private List<ReferenceModel> references(int driving) {
        List<ReferenceModel> references = new ArrayList<>();
        List<TableRelationship> relationships = dataset.relationships();
        for (int r = 0; r < relationships.size(); r++) {
            TableRelationship relationship = relationships.get(r);
            if (r == driving || !relationship.child().equals(schema.name())) {
                continue;
            }
            Table referenced = seeds.get(relationship.parent());
            ChildCountSampler popularity = relationship.selfReference() || seed == null || referenced == null ? null
                    : ChildCountSampler.learned(SeedJoin.of(referenced, relationship.parentKey(), seed, relationship.childKey())
                            .childrenPerParent());
            references.add(new ReferenceModel(relationship.childKey(), r, nullShare(relationship.childKey()), popularity));
        }
        return references;
    }

    private double nullShare(String field) {
        if (seed == null || seed.rowCount() == 0) {
            return 0;
        }
        int column = seed.columnIndex(field);
        return (double) seed.rows().stream().filter(row -> row[column] == null).count() / seed.rowCount();
    }
}
