package dev.synthesis.engine.dataset;

import java.util.List;
import java.util.Map;

/** The exact rows a generation produces: root rows asked for, rows per table, and the parts to generate them in. */
public record DatasetPlan(Map<String, Long> rootRows, Map<String, Long> rowsPerTable, List<DatasetPart> parts) {

    public DatasetPlan {
        rootRows = Map.copyOf(rootRows);
        rowsPerTable = Map.copyOf(rowsPerTable);
        parts = List.copyOf(parts);
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
