package dev.synthesis.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.validate.RowError;
import dev.synthesis.engine.validate.RowValidator;
import dev.synthesis.engine.validate.TableTyping;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposal's treatment_plan from a JSON Lines seed: the profiler declares the tree, training keeps
 * the declaration, and 10 000 generated rows validate, keep the seed's array lengths (KS distance at
 * most {@value #LENGTH_KS_BOUND}; two samples of 3 000 and 10 000 draw apart by about 0.03 at the 95 %
 * level) and member presence rates (within ±{@value #PRESENCE_TOLERANCE}).
 */
class NestedJsonRoundTripTest {

    static final double LENGTH_KS_BOUND = 0.05;
    static final double PRESENCE_TOLERANCE = 0.05;
    private static final int SEED_ROWS = 3_000;
    private static final int ROWS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void profilesTrainsAndGeneratesTheTreatmentPlanFromAJsonLinesSeed() throws IOException {
        // given a JSON Lines seed with nested plans, profiled into a schema that declares the tree
        byte[] jsonl = treatmentPlanSeed(SEED_ROWS, 11);
        Table raw = SeedReader.read(new ByteArrayInputStream(jsonl), "plans.jsonl", SeedFormat.JSONL, ReadLimits.DEFAULTS);
        DataSchema schema = Profiler.profile(raw, "plans").schema();
        Table seed = TableTyping.type(raw, schema).rows();

        // when
        SynthesisModel model = Synthesizer.train(schema, seed, TrainingOptions.DEFAULT.withSeed(3));
        Table generated = Collect.rows(model, 8, 0, ROWS);

        // then the detected tree, valid rows, the seed's lengths and presence rates
        FieldDefinition plan = schema.field("treatment_plan").orElseThrow();
        FieldDefinition meds = plan.fields().getFirst();
        assertThat(schema.violations()).isEmpty();
        assertThat(plan.fields()).extracting(FieldDefinition::name).containsExactly("meds", "follow_up_days", "notes");
        assertThat(meds.constraints().required()).isTrue();
        assertThat(meds.observed().minItems()).isEqualTo(1);
        assertThat(meds.observed().maxItems()).isEqualTo(4);
        assertThat(meds.items().fields()).extracting(FieldDefinition::name, FieldDefinition::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drug", FieldType.STRING),
                        org.assertj.core.groups.Tuple.tuple("dose_mg", FieldType.INTEGER),
                        org.assertj.core.groups.Tuple.tuple("started", FieldType.DATE));
        assertThat(plan.fields().get(1).constraints().required()).isFalse();
        assertThat(errors(schema, generated)).isEmpty();
        List<JsonNode> real = plans(seed);
        List<JsonNode> synthetic = plans(generated);
        assertThat(Stats.ksDistance(lengths(real), lengths(synthetic))).isLessThanOrEqualTo(LENGTH_KS_BOUND);
        for (String member : List.of("follow_up_days", "notes")) {
            assertThat(share(synthetic, p -> p.has(member))).isCloseTo(share(real, p -> p.has(member)), offset(PRESENCE_TOLERANCE));
        }
        assertThat(share(synthetic.stream().flatMap(p -> p.get("meds").values().stream()).toList(), med -> med.has("started")))
                .isCloseTo(0.5, offset(PRESENCE_TOLERANCE));
        assertWrittenNested(schema, generated);
    }

    /** CSV holds the JSON text in one cell; JSON Lines nests it. */
    private static void assertWrittenNested(DataSchema schema, Table generated) throws IOException {
        String csv = written(OutputFormat.CSV, schema, generated);
        String jsonl = written(OutputFormat.JSONL, schema, generated);
        Table csvBack = SeedReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "out.csv", SeedFormat.CSV,
                ReadLimits.DEFAULTS);
        JsonNode firstLine = JSON.readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(JSON.readTree(csvBack.rows().getFirst()[csvBack.columnIndex("treatment_plan")].toString()))
                .isEqualTo(JSON.readTree(generated.rows().getFirst()[1].toString()));
        assertThat(firstLine.get("treatment_plan").get("meds").isArray()).isTrue();
    }

    private static String written(OutputFormat format, DataSchema schema, Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(format, out, schema)) {
            table.rows().stream().limit(100).forEach(writer::accept);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Plans with 1-4 meds (40/30/20/10 %), each with a started date half the time; follow-up in 60 %, notes in 25 %. */
    static byte[] treatmentPlanSeed(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] drugs = {"metformin", "metformin", "metformin", "lisinopril", "lisinopril", "atorvastatin"};
        int[] doses = {5, 10, 20, 40, 500, 850, 1000};
        String[] tags = {"new", "vip", "churn-risk"};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double u = random.nextDouble();
            int count = u < 0.4 ? 1 : u < 0.7 ? 2 : u < 0.9 ? 3 : 4;
            List<String> meds = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                String started = random.nextBoolean() ? ",\"started\":\"2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\"" : "";
                meds.add("{\"drug\":\"" + drugs[random.nextInt(drugs.length)] + "\",\"dose_mg\":" + doses[random.nextInt(doses.length)]
                        + started + "}");
            }
            String followUp = random.nextDouble() < 0.6 ? ",\"follow_up_days\":" + (7 + random.nextInt(174)) : "";
            String notes = random.nextDouble() < 0.25 ? ",\"notes\":\"review in clinic\"" : "";
            List<String> tagList = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tagList.add("\"" + tags[random.nextInt(tags.length)] + "\"");
            }
            lines.append("{\"patient_id\":\"P").append(String.format("%06d", i)).append("\",\"treatment_plan\":{\"meds\":[")
                    .append(String.join(",", meds)).append("]").append(followUp).append(notes).append("},\"tags\":[")
                    .append(String.join(",", tagList)).append("]}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<RowError> errors(DataSchema schema, Table table) {
        RowValidator validator = new RowValidator(schema);
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            errors.addAll(validator.validate(i + 1, table.rows().get(i)));
        }
        return errors;
    }

    private static List<JsonNode> plans(Table table) {
        return table.column(table.columnIndex("treatment_plan")).stream().map(text -> JSON.readTree(text.toString())).toList();
    }

    private static double[] lengths(List<JsonNode> plans) {
        return plans.stream().mapToDouble(plan -> plan.get("meds").size()).toArray();
    }

    private static double share(List<JsonNode> nodes, Predicate<JsonNode> test) {
        return nodes.stream().filter(test).count() / (double) nodes.size();
    }
}
