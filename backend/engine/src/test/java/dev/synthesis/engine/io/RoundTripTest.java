package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {

    private static final DataSchema SCHEMA = new DataSchema("round trip", null, null, List.of(
            FieldDefinition.of("name", FieldType.STRING),
            FieldDefinition.of("count", FieldType.INTEGER),
            FieldDefinition.of("score", FieldType.NUMBER),
            FieldDefinition.of("active", FieldType.BOOLEAN),
            withFormat(FieldDefinition.of("born", FieldType.DATE), "dd/MM/yyyy"),
            withFormat(FieldDefinition.of("seen", FieldType.DATETIME), "yyyy-MM-dd HH:mm:ss"),
            FieldDefinition.of("stamp", FieldType.DATETIME),
            FieldDefinition.of("attributes", FieldType.JSON)), null, null);

    /** Seeds are not read from Parquet; a standard reader checks Parquet output in ParquetRowWriterTest. */
    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = "PARQUET", mode = EnumSource.Mode.EXCLUDE)
    void readsBackTheSameTypedValuesItWrote(OutputFormat format) throws IOException {
        List<Object[]> rows = sampleRows();

        byte[] file = write(format, rows);
        Table raw = SeedReader.read(new ByteArrayInputStream(file), "out." + format.extension(), null, ReadLimits.DEFAULTS);
        TypedTable typed = TableTyping.type(raw, SCHEMA);

        assertThat(typed.errors()).isEmpty();
        assertThat(typed.rows().rows()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(typed.rows().rows().get(i)).as("row %d in %s", i, format).containsExactly(rows.get(i));
        }
    }

    static byte[] write(OutputFormat format, List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(format, out, SCHEMA)) {
            rows.forEach(writer::accept);
        }
        return out.toByteArray();
    }

    private static List<Object[]> sampleRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Ann, \"the\" first\nof two", 42L, -5.25, true, LocalDate.of(1990, 2, 28),
                LocalDateTime.of(2024, 1, 15, 8, 30, 5), OffsetDateTime.of(2024, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)),
                "{\"tags\":[\"a\",\"b\"],\"n\":1}"});
        rows.add(new Object[] {"Bob", -7L, 0.1, false, LocalDate.of(2001, 12, 1),
                LocalDateTime.of(1999, 12, 31, 23, 59, 59), OffsetDateTime.of(2020, 6, 30, 0, 0, 1, 0, ZoneOffset.UTC), "[]"});
        rows.add(new Object[] {"Zoë 東京", null, 1.0E-7, null, null, null, null, null});
        return rows;
    }

    private static FieldDefinition withFormat(FieldDefinition field, String format) {
        return new FieldDefinition(field.name(), field.type(), null, null, null, null, format, null, null, null, null);
    }
}
