package dev.synthesis.engine.io;

import com.fasterxml.jackson.annotation.JsonValue;

/** The formats generated data can be written in. */
public enum OutputFormat {
    CSV("csv", "text/csv"),
    JSONL("jsonl", "application/jsonl"),
    JSON("json", "application/json"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Columns typed for Arrow, DuckDB and pandas, compressed inside (see {@link ParquetRowWriter}). */
    PARQUET("parquet", "application/vnd.apache.parquet");

    private final String extension;
    private final String mediaType;

    OutputFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Also the format's name in JSON ({@code "csv"}, {@code "xlsx"}). */
    @JsonValue
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
