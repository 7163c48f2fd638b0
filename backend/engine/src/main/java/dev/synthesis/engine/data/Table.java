package dev.synthesis.engine.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of values in memory, each row aligned with {@link #columns()}. Seeds are held this way for
 * profiling, training and evaluation; generated data is streamed through a {@link RowSink} instead.
 */
public record Table(List<String> columns, List<Object[]> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int columnIndex(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in " + columns);
        }
        return index;
    }

    /** One column's values in row order (a copy). */
    public List<Object> column(int index) {
        List<Object> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            values.add(row[index]);
        }
        return values;
    }

    public int rowCount() {
        return rows.size();
    }
}
