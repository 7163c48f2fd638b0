package dev.synthesis.engine.testing;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Loads the public test datasets as typed tables with a simple, explicit type guess per column. */
public final class TestData {

    private TestData() {}

    public record Dataset(DataSchema schema, Table typed) {}

    public static Dataset load(String fileName) {
        Table raw = raw(fileName);
        List<FieldDefinition> fields = new ArrayList<>();
        for (int c = 0; c < raw.columns().size(); c++) {
            fields.add(FieldDefinition.of(raw.columns().get(c), guess(raw.column(c))));
        }
        DataSchema schema = new DataSchema(fileName, null, null, fields, null, null);
        return new Dataset(schema, TableTyping.type(raw, schema).rows());
    }

    /** A dataset as the seed reader gives it: every value text, null where empty. */
    public static Table raw(String fileName) {
        try (InputStream in = Objects.requireNonNull(TestData.class.getResourceAsStream("/datasets/" + fileName), fileName)) {
            return SeedReader.read(in, fileName, null, ReadLimits.DEFAULTS);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A raw table typed by the schema the profiler detects in it, as the product treats an upload; every row must fit. */
    public static Dataset profiled(Table raw, String name) {
        DataSchema schema = Profiler.profile(raw, name).schema();
        TypedTable typed = TableTyping.type(raw, schema);
        if (typed.rejectedRows() > 0) {
            throw new AssertionError(name + ": the seed does not fit its own detected schema: " + typed.errors().getFirst());
        }
        return new Dataset(schema, typed.rows());
    }

    public static double[] numbers(Table table, String column) {
        return table.column(table.columnIndex(column)).stream().filter(Objects::nonNull)
                .mapToDouble(value -> ((Number) value).doubleValue()).toArray();
    }

    /** Two numeric columns over the rows where both are present, as {first[], second[]}. */
    public static double[][] pairs(Table table, String first, String second) {
        int a = table.columnIndex(first);
        int b = table.columnIndex(second);
        List<Object[]> complete = table.rows().stream().filter(row -> row[a] != null && row[b] != null).toList();
        return new double[][] {
            complete.stream().mapToDouble(row -> ((Number) row[a]).doubleValue()).toArray(),
            complete.stream().mapToDouble(row -> ((Number) row[b]).doubleValue()).toArray()};
    }

    private static FieldType guess(List<Object> values) {
        if (values.stream().allMatch(value -> value == null || value.toString().matches("-?\\d+"))) {
            return FieldType.INTEGER;
        }
        if (values.stream().allMatch(value -> value == null || value.toString().matches("-?[\\d.]+(E-?\\d+)?"))) {
            return FieldType.NUMBER;
        }
        if (values.stream().allMatch(value -> value == null || value.toString().matches("\\d{4}-\\d\\d-\\d\\d"))) {
            return FieldType.DATE;
        }
        return FieldType.STRING;
    }
}
