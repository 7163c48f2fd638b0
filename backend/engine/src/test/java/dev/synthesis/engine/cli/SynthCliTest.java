package dev.synthesis.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCliTest {

    @TempDir
    Path folder;

    private Path seed;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copySeed() throws IOException {
        seed = folder.resolve("german-credit.csv");
        try (InputStream in = getClass().getResourceAsStream("/datasets/german-credit.csv")) {
            Files.copy(in, seed);
        }
    }

    @Test
    void profileTrainGenerateAndValidateRoundTrip() throws IOException {
        // given a profiled schema and a trained model
        Path schema = folder.resolve("schema.json");
        assertThat(synth("profile", seed.toString())).isZero();
        Files.writeString(schema, out.toString());
        assertThat(synth("train", seed.toString(), "--schema", schema.toString(), "-o", folder.resolve("m").toString())).isZero();

        // when
        Path generated = folder.resolve("out.jsonl");
        int exit = synth("generate", folder.resolve("m").toString(), "--rows", "500", "--seed", "4", "--format", "jsonl",
                "-o", generated.toString());

        // then
        assertThat(exit).isZero();
        assertThat(Files.readAllLines(generated)).hasSize(500).allMatch(line -> line.startsWith("{\"checking_status\":"));
        assertThat(synth("validate", generated.toString(), "--schema", schema.toString())).isZero();
        assertThat(out.toString()).contains("500 rows, 500 valid, 0 with errors");
    }

    @Test
    void gzipOutputDecompressesToThePlainFileAndXlsxIsNotGzipped() throws IOException {
        // given a trained model
        Path model = folder.resolve("m");
        assertThat(synth("train", seed.toString(), "-o", model.toString())).isZero();

        // when the same rows go to a plain and to a .gz file (on different thread counts)
        Path plain = folder.resolve("out.csv");
        Path compressed = folder.resolve("out.csv.gz");
        assertThat(synth("generate", model.toString(), "--rows", "40000", "--seed", "3", "-o", plain.toString())).isZero();
        assertThat(synth("generate", model.toString(), "--rows", "40000", "--seed", "3", "--threads", "3", "-o",
                compressed.toString())).isZero();

        // then
        try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
        assertThat(synth("generate", model.toString(), "--rows", "1", "--format", "xlsx", "--gzip", "-o",
                folder.resolve("x.xlsx").toString())).isEqualTo(2);
    }

    @Test
    void validateNamesFileRowAndFieldOfABadValueAndExitsWithTwo() throws IOException {
        Path schema = folder.resolve("schema.json");
        synth("profile", seed.toString());
        Files.writeString(schema, out.toString());
        List<String> lines = Files.readAllLines(seed);
        Path broken = folder.resolve("broken.csv");
        Files.write(broken, List.of(lines.get(0), lines.get(1), lines.get(2).replaceFirst("^A12,48,", "A12,many,")));

        int exit = synth("validate", broken.toString(), "--schema", schema.toString());

        assertThat(exit).isEqualTo(SynthCli.BAD_INPUT);
        assertThat(out.toString()).contains("broken.csv: row 2, field \"duration_months\"");
    }

    @Test
    void missingOrForeignInputIsBadInputInOneLine() throws IOException {
        Path notAModel = folder.resolve("model.gz");
        Files.write(notAModel, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});

        assertThat(synth("generate", folder.resolve("nothing").toString(), "--rows", "1", "-o", "x")).isEqualTo(2);
        assertThat(synth("generate", notAModel.toString(), "--rows", "1", "-o", "x")).isEqualTo(2);
        assertThat(synth("generate", seed.toString(), "--rows", "1", "--format", "avro", "-o", "x")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(3).allMatch(line -> line.contains("nothing") || line.contains("model.gz")
                || line.contains("avro"));
    }

    @Test
    void trainTakesModelOverridesPerField() {
        Path model = folder.resolve("m");

        int exit = synth("train", seed.toString(), "--model", "age=uniform", "--model", "purpose=text", "-o", model.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("age\\s+uniform").containsPattern("purpose\\s+text");
        assertThat(synth("train", seed.toString(), "--model", "age=IsolationForest", "-o", model.toString())).isEqualTo(2);
        assertThat(synth("train", seed.toString(), "--model", "age=text", "-o", model.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("IsolationForest scores anomalies", "'text' cannot generate integer values");
    }

    @Test
    void trainWithEpsilonIsDifferentiallyPrivateAndSaysWhatItSpent() {
        Path model = folder.resolve("m");

        int exit = synth("train", seed.toString(), "-o", model.toString(), "--epsilon", "1", "--delta", "1e-7");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("joint model: mst-tree", "delta 1.00e-07 of 1.00e-07; not learned: ")
                .containsPattern("differential privacy: spent epsilon (0\\.9\\d+|1\\.0000) of 1\\.0000");
        assertThat(synth("train", seed.toString(), "-o", model.toString(), "--epsilon", "1", "--delta", "0.01")).isEqualTo(2);
        assertThat(synth("train", seed.toString(), "-o", model.toString(), "--delta", "1e-6")).isEqualTo(2);
        assertThat(err.toString()).contains("privacySettings.delta", "--delta needs --epsilon");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("profile", "train", "generate", "validate", "bench", "evaluate")) {
            assertThat(synth(command, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: synth " + command, "--help");
        }
    }

    private int synth(String... args) {
        out.getBuffer().setLength(0);
        return SynthCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
