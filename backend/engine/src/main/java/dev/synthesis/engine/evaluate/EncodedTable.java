package dev.synthesis.engine.evaluate;

import java.util.List;

/**
 * A typed table's compared columns, encoded for fast metrics.
 *
 * @param columns  the compared columns in schema order
 * @param rowCount number of rows
 */
public record EncodedTable(List<EncodedColumn> columns, int rowCount) {

    public EncodedTable {
        columns = List.copyOf(columns);
    }

    public EncodedColumn column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no compared column '" + name + "'"));
    }
}
