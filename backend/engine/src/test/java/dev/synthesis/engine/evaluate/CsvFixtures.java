package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a test dataset and types it, standing in for the io and profile packages: a column whose
 * every value parses as a long is INTEGER, as a double NUMBER, else STRING.
 */
public record CsvFixtures(DataSchema schema, Table table) {

    public static CsvFixtures load(String resource) {
        List<CSVRecord> records = read(resource);
        List<String> header = records.getFirst().getParser().getHeaderNames();
        List<FieldType> types = header.stream().map(column -> typeOf(records, column)).toList();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (CSVRecord record : records) {
            Object[] row = new Object[header.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = value(record.get(c), types.get(c));
            }
            rows.add(row);
        }
        List<FieldDefinition> fields = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            fields.add(FieldDefinition.of(header.get(c), types.get(c)));
        }
        return new CsvFixtures(new DataSchema(resource, null, null, fields, null, null), new Table(header, rows));
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(CsvFixtures.class.getResourceAsStream("/datasets/" + resource), resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static FieldType typeOf(List<CSVRecord> records, String column) {
        boolean integers = records.stream().allMatch(record -> record.get(column).matches("-?\\d+"));
        if (integers) {
            return FieldType.INTEGER;
        }
        boolean numbers = records.stream().allMatch(record -> record.get(column).matches("-?\\d*\\.?\\d+(e-?\\d+)?"));
        return numbers ? FieldType.NUMBER : FieldType.STRING;
    }

    private static Object value(String text, FieldType type) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (type) {
            case INTEGER -> Long.parseLong(text);
            case NUMBER -> Double.parseDouble(text);
            default -> text;
        };
    }
}
