package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingWritersTest {

    private static final DataSchema SCHEMA = new DataSchema("stream", null, null, List.of(
            FieldDefinition.of("id", FieldType.INTEGER), FieldDefinition.of("label", FieldType.STRING)), null, null);

    /** A text writer that held rows back until close would need memory growing with the rows. */
    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"CSV", "JSON", "JSONL"})
    void passesRowsToTheStreamBeforeItIsClosed(OutputFormat format) throws IOException {
        OutputStreamDiscarding out = new OutputStreamDiscarding();
        try (RowWriter writer = RowWriters.open(format, out, SCHEMA)) {
            for (long i = 0; i < 100_000; i++) {
                writer.accept(new Object[] {i, "label number " + i});
            }

            assertThat(out.count()).isGreaterThan(1_500_000);
        }
    }
}
