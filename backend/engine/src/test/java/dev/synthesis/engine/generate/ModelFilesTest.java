package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.copula.GaussianCopula;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.PrivacyLevel;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ModelFilesTest {

    @Test
    void everyKindOfModelRoundTripsAndGeneratesTheSameRows() {
        // given models covering categories, numbers, copula, time series, patterns, fakes, text, json
        List<SynthesisModel> models = List.of(trained("german-credit.csv"), trained("daily-min-temperatures.csv"),
                Synthesizer.schemaOnly(ConstraintsTest.SCHEMA), textAndJson());

        for (SynthesisModel model : models) {
            // when
            SynthesisModel read = ModelFiles.read(new ByteArrayInputStream(bytes(model)));

            // then
            Table before = Collect.rows(model, 8, 100, 300);
            Table after = Collect.rows(read, 8, 100, 300);
            for (int i = 0; i < 300; i++) {
                assertThat(after.rows().get(i)).containsExactly(before.rows().get(i));
            }
            assertThat(read.schema()).isEqualTo(model.schema());
            assertThat(read.modelNames()).isEqualTo(model.modelNames());
        }
    }

    @Test
    void refusesAnotherFormatVersion() throws Exception {
        byte[] file = gzip("{\"formatVersion\":99,\"model\":{}}");

        assertThatThrownBy(() -> ModelFiles.read(new ByteArrayInputStream(file)))
                .hasMessageContaining("format 99 is not supported");
    }

    @Test
    void readsFormatOneFilesWhoseCopulaHadNoKindName() throws Exception {
        // given a model file as format 1 wrote it: the Gaussian copula under "copula", without a "joint" kind
        SynthesisModel model = trained("german-credit.csv");
        assertThat(model.joint()).isInstanceOf(GaussianCopula.class);
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(bytes(model))).readAllBytes(),
                StandardCharsets.UTF_8);
        String formatOne = json.replace("\"formatVersion\":2", "\"formatVersion\":1")
                .replace("\"joint\":{\"joint\":\"gaussian-copula\",", "\"copula\":{");
        assertThat(formatOne.contains("\"copula\":{\"fields\"") && !formatOne.contains("\"joint\":{")).isTrue();

        // when
        SynthesisModel read = ModelFiles.read(new ByteArrayInputStream(gzip(formatOne)));

        // then
        Table before = Collect.rows(model, 4, 0, 200);
        Table after = Collect.rows(read, 4, 0, 200);
        for (int i = 0; i < 200; i++) {
            assertThat(after.rows().get(i)).containsExactly(before.rows().get(i));
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static SynthesisModel trained(String dataset) {
        TestData.Dataset data = TestData.load(dataset);
        return Synthesizer.train(data.schema(), data.typed(), TrainingOptions.DEFAULT);
    }

    private static SynthesisModel textAndJson() {
        DataSchema schema = new DataSchema("mixed", null, null, List.of(
                new FieldDefinition("comment", FieldType.STRING, null, null, PrivacyLevel.HIGH, null, null, null, null, null, null),
                FieldDefinition.of("payload", FieldType.JSON)), null, null);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(new Object[] {"order number " + i + " arrived " + (i % 3 == 0 ? "late" : "on time"),
                "{\"kind\":\"" + (i % 2 == 0 ? "a" : "b") + "\",\"n\":" + i + ",\"tags\":[\"x\",\"y\"]}"});
        }
        return Synthesizer.train(schema, new Table(List.of("comment", "payload"), rows), TrainingOptions.DEFAULT);
    }

    static byte[] bytes(SynthesisModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.write(model, out);
        return out.toByteArray();
    }
}
