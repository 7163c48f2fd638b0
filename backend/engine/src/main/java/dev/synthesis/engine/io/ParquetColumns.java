package dev.synthesis.engine.io;

import dev.synthesis.engine.data.TemporalFormat;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet column of each field type, in the logical types Arrow, DuckDB and pandas map to their
 * own: integer INT64, number DOUBLE, boolean BOOLEAN, string UTF-8 STRING, date DATE (days), datetime
 * TIMESTAMP in microseconds, json and array JSON text. Every column is optional, a missing value
 * null. Numbers stay DOUBLE rather than DECIMAL: the engine holds them as doubles and a field's
 * decimals say how they are written, not a fixed precision, so they are rounded to those decimals
 * as in CSV, and stay a float column every reader treats as a number.
 */
final class ParquetColumns {

    private static final long MICROS_PER_SECOND = 1_000_000;
    private static final int NANOS_PER_MICRO = 1_000;

    private final List<FieldDefinition> fields;
    private final boolean[] instants;

    ParquetColumns(DataSchema schema) {
        this.fields = schema.fields();
        this.instants = new boolean[fields.size()];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = fields.get(i).type() == FieldType.DATETIME && carriesOffset(fields.get(i));
        }
    }

    MessageType message(String name) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (int i = 0; i < instants.length; i++) {
            message.addField(column(fields.get(i), instants[i]));
        }
        return message.named(name);
    }

    /** Writes row[i], present, into field i's column. */
    void write(RecordConsumer out, int i, Object value) {
        FieldDefinition field = fields.get(i);
        switch (field.type()) {
            case INTEGER -> out.addLong(((Number) value).longValue());
            case NUMBER -> out.addDouble(rounded(field, (Double) value));
            case BOOLEAN -> out.addBoolean((Boolean) value);
            case DATE -> out.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
            case DATETIME -> out.addLong(micros(value, instants[i]));
            case STRING, JSON, ARRAY -> out.addBinary(Binary.fromString(value.toString()));
        }
    }

    private static Type column(FieldDefinition field, boolean instant) {
        return switch (field.type()) {
            case INTEGER -> Types.optional(PrimitiveTypeName.INT64).named(field.name());
            case NUMBER -> Types.optional(PrimitiveTypeName.DOUBLE).named(field.name());
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(field.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(field.name());
            case DATETIME -> Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(instant, TimeUnit.MICROS)).named(field.name());
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(field.name());
            case JSON, ARRAY -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.jsonType()).named(field.name());
        };
    }

    /**
     * Whether a date-time field's values are instants (an offset in its format, or without a format
     * in its declared bounds, as schema-only generation decides): those are stored adjusted to UTC,
     * the others as local wall-clock times, which readers show as TIMESTAMP WITH TIME ZONE and
     * TIMESTAMP respectively. The column's type is fixed before the first row, so the field decides.
     */
    static boolean carriesOffset(FieldDefinition field) {
        if (field.format() != null) {
            return TemporalFormat.hasOffset(field.format());
        }
        return Stream.of(field.constraints().min(), field.constraints().max()).filter(Objects::nonNull)
                .anyMatch(bound -> isOffsetDateTime(bound.text()));
    }

    private static boolean isOffsetDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException local) {
            return false;
        }
    }

    /** Microseconds since the epoch: of the instant in a UTC-adjusted column, of the wall-clock time read as UTC in a local one. */
    private static long micros(Object value, boolean instant) {
        LocalDateTime utc = switch (value) {
            case OffsetDateTime withOffset when instant -> withOffset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case OffsetDateTime withOffset -> withOffset.toLocalDateTime();
            default -> (LocalDateTime) value;
        };
        return utc.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND + utc.getNano() / NANOS_PER_MICRO;
    }

    /** The number as CSV writes it, rounded to the field's decimals, so both formats hold the same values. */
    private static double rounded(FieldDefinition field, Double value) {
        Integer decimals = field.representation().decimals();
        return decimals == null || !Double.isFinite(value) ? value : Double.parseDouble(ValueText.of(field, value));
    }
}
