package dev.synthesis.engine.io;

import dev.synthesis.engine.data.RowSink;
import java.io.Closeable;

/**
 * Streams typed rows (aligned with the schema's fields) into a file format. Closing finishes the
 * format (closing bracket, workbook) and flushes, but does not close the target stream, which the
 * caller owns. A write failure surfaces as {@link java.io.UncheckedIOException} from {@link #accept}.
 */
public interface RowWriter extends RowSink, Closeable {}
