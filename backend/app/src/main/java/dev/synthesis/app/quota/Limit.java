package dev.synthesis.app.quota;

import com.fasterxml.jackson.annotation.JsonValue;

/** The limits a tenant has, by the names the API uses for them. */
public enum Limit {
    ROWS_PER_DAY("rowsPerDay", "Rows generated today", Unit.ROWS),
    ROWS_PER_MONTH("rowsPerMonth", "Rows generated this month", Unit.ROWS),
    ROWS_PER_JOB("rowsPerJob", "Rows in one job", Unit.ROWS),
    CONCURRENT_JOBS("concurrentJobs", "Queued and running jobs", Unit.JOBS),
    STORAGE_BYTES("storageBytes", "Stored seeds and generated files", Unit.BYTES),
    TABLE_ROWS("tableRows", "Rows kept in the synthetic data table", Unit.ROWS),
    MAX_SEED_BYTES("maxSeedBytes", "Largest seed upload", Unit.BYTES),
    REQUESTS_PER_MINUTE_PER_KEY("requestsPerMinutePerKey", "API requests per minute of one user or API key", Unit.REQUESTS_PER_MINUTE),
    REQUESTS_PER_MINUTE_PER_TENANT("requestsPerMinutePerTenant", "API requests per minute of the whole tenant", Unit.REQUESTS_PER_MINUTE);

    private final String key;
    private final String label;
    private final Unit unit;

    Limit(String key, String label, Unit unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    /** The limit's name in requests, answers and problem details, e.g. {@code rowsPerDay}. */
    @JsonValue
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** What a limit counts. */
    public enum Unit {
        ROWS("rows"),
        BYTES("bytes"),
        JOBS("jobs"),
        REQUESTS_PER_MINUTE("requests-per-minute");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }
    }
}
