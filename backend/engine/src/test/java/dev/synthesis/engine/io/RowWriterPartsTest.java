package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RowWriterPartsTest {

    private static final DataSchema SCHEMA = new DataSchema("parts", null, null,
            List.of(FieldDefinition.of("id", FieldType.INTEGER), FieldDefinition.of("name", FieldType.STRING)), null, null);

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"CSV", "JSONL"})
    void partsWrittenSeparatelyJoinIntoOneValidFile(OutputFormat format) throws IOException {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int part = 0; part < 3; part++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (RowWriter writer = RowWriters.openPart(format, bytes, SCHEMA, part == 0)) {
                writer.accept(new Object[] {(long) part * 2, "n" + part});
                writer.accept(new Object[] {(long) part * 2 + 1, "m" + part});
            }
            joined.write(bytes.toByteArray());
        }

        SeedFormat readAs = format == OutputFormat.CSV ? SeedFormat.CSV : SeedFormat.JSONL;
        Table read = SeedReader.read(new ByteArrayInputStream(joined.toByteArray()), "out." + format.extension(), readAs,
                ReadLimits.DEFAULTS);

        assertThat(read.columns()).containsExactly("id", "name");
        assertThat(read.rows()).extracting(row -> row[0]).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void refusesToSplitFormatsThatCannotBeJoined() {
        assertThatThrownBy(() -> RowWriters.openPart(OutputFormat.JSON, new ByteArrayOutputStream(), SCHEMA, false))
                .hasMessageContaining("cannot be split");
    }
}
