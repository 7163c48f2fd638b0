package dev.synthesis.app.datasetjob;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a dataset is delivered: csv and jsonl as one file per table (zipped together), xlsx as one
 * workbook with a sheet per table, sql as one PostgreSQL script that creates the tables with their
 * keys and loads them, parents first.
 */
public enum DatasetFormat {
    CSV,
    JSONL,
    XLSX,
    SQL;

    /** Also the format's name in JSON ({@code "csv"}, {@code "sql"}). */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
