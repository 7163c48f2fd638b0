package dev.synthesis.engine.io;

import io.airlift.compress.Compressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compresses Parquet pages with ZSTD in pure Java (aircompressor, which parquet-java itself brings).
 * parquet-java's own codec factory goes through Hadoop's codec classes and {@code Configuration}
 * for every codec but none, and its ZSTD and Snappy need native libraries (zstd-jni,
 * snappy-java); this keeps both Hadoop and native code out. Writing only: reading is DuckDB's,
 * pyarrow's or Spark's business.
 */
final class PureJavaZstd implements CompressionCodecFactory {

    static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;

    private final PageCompressor compressor = new PageCompressor(new ZstdCompressor());

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CODEC) {
            throw new IllegalArgumentException("only " + CODEC + " is offered, not " + codec);
        }
        return compressor;
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public void release() {
        // nothing pooled: a compressor holds no native memory
    }

    private record PageCompressor(Compressor zstd) implements BytesInputCompressor {

        @Override
        public BytesInput compress(BytesInput page) throws IOException {
            byte[] raw = page.toByteArray();
            byte[] compressed = new byte[zstd.maxCompressedLength(raw.length)];
            int length = zstd.compress(raw, 0, raw.length, compressed, 0, compressed.length);
            return BytesInput.from(compressed, 0, length);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CODEC;
        }

        @Override
        public void release() {
            // see PureJavaZstd.release
        }
    }
}
