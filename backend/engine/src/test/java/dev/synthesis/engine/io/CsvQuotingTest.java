package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The byte writer must quote exactly as Commons CSV's RFC 4180 printer did, which wrote this format before. */
class CsvQuotingTest {

    private static final String ALPHABET = "a Z0,\"'\r\n\t#!$-=+@;é€😀 ";

    @Test
    void quotesRandomTextAsCommonsCsvDoes() throws IOException {
        DataSchema schema = new DataSchema("q", null, null,
                List.of(FieldDefinition.of("first", FieldType.STRING), FieldDefinition.of("second", FieldType.STRING)), null, null);
        SplittableRandom random = new SplittableRandom(15);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(new String[] {text(random), text(random)});
        }
        rows.add(new String[] {"", ""});
        rows.add(new String[] {"trailing ", "#hash"});

        assertThat(written(schema, rows)).isEqualTo(commonsCsv(rows));
    }

    private static String written(DataSchema schema, List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(OutputFormat.CSV, out, schema)) {
            for (String[] row : rows) {
                writer.accept(row.clone());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String commonsCsv(List<String[]> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord("first", "second");
            for (String[] row : rows) {
                printer.printRecord(CsvRowWriter.defused(row[0]), CsvRowWriter.defused(row[1]));
            }
        }
        return text.toString();
    }

    private static String text(SplittableRandom random) {
        int[] letters = ALPHABET.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        return text.toString();
    }
}
