package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.OrderedGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet output as a standard reader (DuckDB) sees it: column types, and the same values as CSV. */
class ParquetRowWriterTest {

    private static final DataSchema SCHEMA = new DataSchema("parquet", null, null, List.of(
            FieldDefinition.of("id", FieldType.INTEGER),
            FieldDefinition.of("score", FieldType.NUMBER).withRepresentation(Representation.DEFAULT.withDecimals(2, false)),
            FieldDefinition.of("active", FieldType.BOOLEAN),
            FieldDefinition.of("name", FieldType.STRING).withRepresentation(Representation.DEFAULT.withMissing("NA")),
            withFormat(FieldDefinition.of("born", FieldType.DATE), "dd/MM/yyyy"),
            withFormat(FieldDefinition.of("seen", FieldType.DATETIME), "yyyy-MM-dd HH:mm:ss"),
            withFormat(FieldDefinition.of("stamp", FieldType.DATETIME), "yyyy-MM-dd'T'HH:mm:ssXXX"),
            FieldDefinition.of("attributes", FieldType.JSON)), null, null);

    @TempDir
    Path folder;

    @Test
    void describesEachFieldInTheTypeArrowReadersGiveIt() throws IOException, SQLException {
        Path file = write(OutputFormat.PARQUET, sampleRows());

        Map<String, String> types = new LinkedHashMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement();
                ResultSet described = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            while (described.next()) {
                types.put(described.getString("column_name"), described.getString("column_type"));
            }
        }

        assertThat(types).containsExactly(Map.entry("id", "BIGINT"), Map.entry("score", "DOUBLE"), Map.entry("active", "BOOLEAN"),
                Map.entry("name", "VARCHAR"), Map.entry("born", "DATE"), Map.entry("seen", "TIMESTAMP"),
                Map.entry("stamp", "TIMESTAMP WITH TIME ZONE"), Map.entry("attributes", "JSON"));
    }

    @Test
    void holdsTheValuesCsvHoldsForTheSameSeedWithNullsWhereCsvHasTheMissingMarker() throws IOException, SQLException {
        SynthesisModel model = Synthesizer.train(SCHEMA, new Table(names(), seedRows()), TrainingOptions.DEFAULT);
        Path csv = generate(model, OutputFormat.CSV);
        Path parquet = generate(model, OutputFormat.PARQUET);

        List<Object[]> fromCsv = readCsv(csv);
        List<Object[]> fromParquet = readWithDuckDb(parquet);

        assertThat(fromParquet).hasSize(2_000).hasSameSizeAs(fromCsv);
        for (int i = 0; i < fromCsv.size(); i++) {
            assertThat(fromParquet.get(i)).as("row %d", i).containsExactly(comparable(fromCsv.get(i)));
        }
        assertThat(Files.readString(csv)).contains(",NA,");
        assertThat(fromParquet).anyMatch(row -> row[3] == null);
    }

    @Test
    void writesEachPartAsACompleteFileThatAGlobReadsTogether() throws IOException, SQLException {
        for (int part = 0; part < 3; part++) {
            try (OutputStream out = Files.newOutputStream(folder.resolve("part-%05d.parquet".formatted(part)));
                    RowWriter writer = RowWriters.openPart(OutputFormat.PARQUET, out, SCHEMA, part == 0)) {
                sampleRows().forEach(writer::accept);
            }
        }

        assertThat(readWithDuckDb(folder.resolve("part-*.parquet"))).hasSize(6);
    }

    @Test
    void writesAValidFileForNoRows() throws IOException, SQLException {
        assertThat(readWithDuckDb(write(OutputFormat.PARQUET, List.of()))).isEmpty();
    }

    private Path generate(SynthesisModel model, OutputFormat format) throws IOException {
        Path file = folder.resolve("generated." + format.extension());
        try (OutputStream out = Files.newOutputStream(file); RowWriter writer = RowWriters.open(format, out, SCHEMA)) {
            OrderedGeneration.generate(model, 7, 0, 2_000, 2, writer);
        }
        return file;
    }

    private Path write(OutputFormat format, List<Object[]> rows) throws IOException {
        Path file = folder.resolve("written." + format.extension());
        try (OutputStream out = Files.newOutputStream(file); RowWriter writer = RowWriters.open(format, out, SCHEMA)) {
            rows.forEach(writer::accept);
        }
        return file;
    }

    private static List<Object[]> readCsv(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            TypedTable typed = TableTyping.type(SeedReader.read(in, "generated.csv", SeedFormat.CSV, ReadLimits.DEFAULTS), SCHEMA);
            assertThat(typed.errors()).isEmpty();
            return typed.rows().rows();
        }
    }

    /** Each column read as the Java type its DuckDB type maps to; instants as UTC offset date-times. */
    private static List<Object[]> readWithDuckDb(Path file) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            try (ResultSet read = sql.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
                while (read.next()) {
                    rows.add(new Object[] {read.getObject(1, Long.class), read.getObject(2, Double.class), read.getObject(3, Boolean.class),
                        read.getString(4), read.getObject(5, LocalDate.class), read.getObject(6, LocalDateTime.class),
                        read.getObject(7, OffsetDateTime.class), read.getString(8)});
                }
            }
        }
        return rows;
    }

    private static Object[] comparable(Object[] typed) {
        Object[] row = typed.clone();
        if (row[6] instanceof OffsetDateTime stamp) {
            row[6] = stamp.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return row;
    }

    private static List<String> names() {
        return SCHEMA.fields().stream().map(FieldDefinition::name).toList();
    }

    private static List<Object[]> seedRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new Object[] {1_000L + i * 7, i * 1.37 - 20, i % 3 == 0, i % 4 == 0 ? null : "name " + i % 9,
                LocalDate.of(1970, 1, 1).plusDays(i * 311L), LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i * 997L),
                OffsetDateTime.of(2023, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2)).plusHours(i * 13L),
                "{\"n\":" + i % 5 + "}"});
        }
        return rows;
    }

    private static List<Object[]> sampleRows() {
        return List.of(new Object[] {42L, -5.25, true, "Ann", LocalDate.of(1990, 2, 28), LocalDateTime.of(2024, 1, 15, 8, 30, 5),
            OffsetDateTime.of(2024, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)), "{\"tags\":[\"a\"]}"},
            new Object[] {null, null, null, null, null, null, null, null});
    }

    private static FieldDefinition withFormat(FieldDefinition field, String format) {
        return new FieldDefinition(field.name(), field.type(), null, null, null, null, format, null, null, null, null);
    }
}
