package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a complete Parquet file with parquet-java, columns typed as {@link ParquetColumns} says,
 * pages compressed with ZSTD ({@link PureJavaZstd}). Rows are buffered one row group at a time
 * ({@link #ROW_GROUP_BYTES} of encoded data), so memory stays flat for any number of rows; the
 * footer goes out on close. Parquet files cannot be concatenated: a part of a larger output is a
 * file of its own.
 */
final class ParquetRowWriter implements RowWriter {

    /** Small enough for several partitions to write at once in a bounded heap, large enough for readers' scans. */
    static final long ROW_GROUP_BYTES = 16L << 20;

    /** The root of every file's schema; readers show only the columns. */
    private static final String MESSAGE = "row";

    private final ParquetWriter<Object[]> writer;

    ParquetRowWriter(OutputStream out, DataSchema schema) throws IOException {
        this.writer = new Builder(new StreamOutputFile(out), schema)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new PureJavaZstd())
                .withCompressionCodec(PureJavaZstd.CODEC)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build();
    }

    @Override
    public void accept(Object[] row) {
        try {
            writer.write(row);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final DataSchema schema;

        Builder(OutputFile file, DataSchema schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new Rows(schema);
        }

        /** Required by the builder's Hadoop-era signature; never called for an {@link OutputFile} with a Parquet configuration. */
        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new Rows(schema);
        }
    }

    /** Hands each row's present values to Parquet's record consumer; absent fields are nulls. */
    private static final class Rows extends WriteSupport<Object[]> {

        private final String[] names;
        private final ParquetColumns columns;
        private final MessageType message;
        private RecordConsumer out;

        Rows(DataSchema schema) {
            this.columns = new ParquetColumns(schema);
            this.message = columns.message(MESSAGE);
            this.names = schema.fields().stream().map(FieldDefinition::name).toArray(String[]::new);
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(message, Map.of());
        }

        /** See {@link Builder#getWriteSupport(Configuration)}. */
        @Override
        public WriteContext init(Configuration conf) {
            return new WriteContext(message, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer consumer) {
            this.out = consumer;
        }

        @Override
        public void write(Object[] row) {
            out.startMessage();
            for (int i = 0; i < names.length; i++) {
                if (row[i] != null) {
                    out.startField(names[i], i);
                    columns.write(out, i, row[i]);
                    out.endField(names[i], i);
                }
            }
            out.endMessage();
        }
    }
}
