/**
 * How the engine holds data: {@link dev.synthesis.engine.data.Table} rows of typed values and
 * {@link dev.synthesis.engine.data.RowSink} for streaming them out.
 *
 * <p>Typed values, one Java type per {@link dev.synthesis.engine.schema.FieldType}: STRING →
 * {@link java.lang.String}, INTEGER → {@link java.lang.Long}, NUMBER → {@link java.lang.Double},
 * BOOLEAN → {@link java.lang.Boolean}, DATE → {@link java.time.LocalDate}, DATETIME →
 * {@link java.time.LocalDateTime} (no zone) or {@link java.time.OffsetDateTime}, JSON and ARRAY →
 * compact JSON text as {@link java.lang.String}. A missing value is {@code null}.
 */
package dev.synthesis.engine.data;
