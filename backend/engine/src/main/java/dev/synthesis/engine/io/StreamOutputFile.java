package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Parquet {@link OutputFile} over a stream the caller owns: the writer only appends and needs the
 * position for its footer's offsets, so any stream will do (a file, a gzip-free part on its way to
 * the object store). Closing flushes but leaves the stream open, as {@link RowWriter} promises.
 */
final class StreamOutputFile implements OutputFile {

    private final OutputStream target;

    StreamOutputFile(OutputStream target) {
        this.target = target;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return new Counting(target);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    private static final class Counting extends PositionOutputStream {

        private final OutputStream target;
        private long position;

        Counting(OutputStream target) {
            this.target = target;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            position++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            position += length;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.flush();
        }
    }
}
