package dev.synthesis.engine.io;

/**
 * How much a seed file may hold before reading stops with {@link BadInput}. The defaults suit an
 * interactive upload; a caller with a quota passes its own.
 *
 * @param maxBytes       size of the file as stored (compressed size for XLSX)
 * @param maxRows        data rows, header excluded
 * @param maxColumns     distinct columns (for JSON, distinct keys over all objects)
 * @param maxFieldLength characters in one value or column name
 */
public record ReadLimits(long maxBytes, long maxRows, int maxColumns, int maxFieldLength) {

    public static final ReadLimits DEFAULTS = new ReadLimits(256L * 1024 * 1024, 2_000_000, 1_000, 65_536);

    public ReadLimits {
        if (maxBytes < 1 || maxRows < 1 || maxColumns < 1 || maxFieldLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxRows, maxColumns, maxFieldLength);
    }

    public ReadLimits withMaxRows(long rows) {
        return new ReadLimits(maxBytes, rows, maxColumns, maxFieldLength);
    }

    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxBytes, maxRows, columns, maxFieldLength);
    }

    public ReadLimits withMaxFieldLength(int length) {
        return new ReadLimits(maxBytes, maxRows, maxColumns, length);
    }
}
