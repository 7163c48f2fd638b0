package dev.synthesis.engine.postgres;

/** The export's target table exists and the user did not ask to replace it. */
public final class TableExists extends RuntimeException {

    public TableExists(String table) {
        super("table " + table + " already exists; pass --replace to overwrite it");
    }
}
