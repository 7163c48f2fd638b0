package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.RowSink;

/** Where each table's generated rows go; asked once per table and part. */
@FunctionalInterface
public interface TableSinks {

    RowSink sink(String table);
}
