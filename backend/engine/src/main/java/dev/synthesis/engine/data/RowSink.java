package dev.synthesis.engine.data;

/** Receives generated rows one at a time, so no volume has to fit in memory. */
@FunctionalInterface
public interface RowSink {

    /** Takes one row aligned with the schema's fields; the array may be reused by the caller after return. */
    void accept(Object[] row);
}
