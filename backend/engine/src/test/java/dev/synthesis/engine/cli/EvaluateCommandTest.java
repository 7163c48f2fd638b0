package dev.synthesis.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.evaluate.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class EvaluateCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsAJsonReportThatFlagsCopiedRows() throws IOException {
        // given german-credit split in a seed (first 800 rows) and a holdout, and "synthetic" rows that copy the seed
        List<String> lines = germanCredit();
        Path real = write("seed.csv", lines.getFirst(), lines.subList(1, 801));
        Path holdout = write("holdout.csv", lines.getFirst(), lines.subList(801, lines.size()));
        Path synthetic = write("out.csv", lines.getFirst(), lines.subList(1, 801));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand());
        command.setOut(new PrintWriter(out));
        // when
        int exit = command.execute("--real", real.toString(), "--synthetic", synthetic.toString(),
                "--holdout", holdout.toString(), "--target", "credit_risk");
        // then
        assertThat(exit).isZero();
        JsonNode report = ReportJson.mapper().readTree(out.toString());
        assertThat(report.get("qualityScore").asDouble()).isGreaterThan(0.95);
        assertThat(report.get("privacyScore").asDouble()).isLessThan(0.05);
        assertThat(report.get("privacy").get("identicalMatches").get("syntheticShare").asDouble()).isEqualTo(1.0);
        assertThat(report.get("quality").get("efficacy").get("target").asString()).isEqualTo("credit_risk");
        assertThat(report.get("quality").get("columns")).hasSize(21);
        assertThat(report.get("quality").get("columns").get(0).get("distribution").get("real")).isNotEmpty();
        assertThat(report.get("correlations").get("real")).isNotEmpty();
    }

    @Test
    void skipsEfficacyAndSaysSoWithoutATarget() throws IOException {
        List<String> lines = germanCredit();
        Path real = write("seed.csv", lines.getFirst(), lines.subList(1, 500));
        Path synthetic = write("out.csv", lines.getFirst(), lines.subList(500, lines.size()));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand());
        command.setOut(new PrintWriter(out));
        int exit = command.execute("--real", real.toString(), "--synthetic", synthetic.toString());
        assertThat(exit).isZero();
        JsonNode report = ReportJson.mapper().readTree(out.toString());
        assertThat(report.get("quality").get("efficacyNote").asString()).contains("no target");
        assertThat(report.get("quality").has("efficacy")).isFalse();
        assertThat(report.get("privacy").get("dcr").get("baseline").asString()).contains("leave-one-out");
    }

    private static List<String> germanCredit() throws IOException {
        try (InputStream in = EvaluateCommandTest.class.getResourceAsStream("/datasets/german-credit.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private Path write(String name, String header, List<String> rows) throws IOException {
        List<String> content = new ArrayList<>();
        content.add(header);
        content.addAll(rows);
        return Files.write(folder.resolve(name), content);
    }
}
