package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.bench.WideTable;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChunkedFilesTest {

    private static final SynthesisModel MODEL = Synthesizer.train(WideTable.schema(), WideTable.rows(2_000, 3), TrainingOptions.DEFAULT);
    /** Two whole chunks and a part of a third, starting mid-range as a partition would. */
    private static final long ROWS = 2L * ChunkedFiles.CHUNK_ROWS + 1_234;
    private static final long FIRST_ROW = 500;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"CSV", "JSONL"})
    void gzipMembersWrittenOnThreadsDecompressToWhatOneWriterWrites(OutputFormat format) throws IOException {
        byte[] plain = oneWriter(format);

        byte[] compressed = chunked(format, 3, true);

        assertThat(gunzip(compressed)).isEqualTo(plain);
        assertThat(compressed.length).isLessThan(plain.length / 2);
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"CSV", "JSONL"})
    void plainChunksAreTheBytesOfOneWriter(OutputFormat format) {
        assertThat(chunked(format, 2, false)).isEqualTo(oneWriter(format));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"CSV", "JSONL"})
    void compressedBytesDoNotDependOnTheNumberOfThreads(OutputFormat format) {
        assertThat(chunked(format, 1, true)).isEqualTo(chunked(format, 3, true));
    }

    private static byte[] oneWriter(OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(format, out, MODEL.schema())) {
            MODEL.generate(11, FIRST_ROW, ROWS, writer);
        } catch (IOException failed) {
            throw new AssertionError(failed);
        }
        return out.toByteArray();
    }

    private static byte[] chunked(OutputFormat format, int threads, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkedFiles.write(MODEL, 11, FIRST_ROW, ROWS, threads, format, gzip, out);
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
