package dev.synthesis.engine.dataset;

import java.util.Map;

/**
 * One partition of a generation: root rows [firstRoot, firstRoot + roots) of {@code rootTable} and,
 * per table of its tree, the global row range [firstRow, firstRow + rows) they lead to.
 */
public record DatasetPart(String rootTable, long firstRoot, long roots, Map<String, Long> firstRow, Map<String, Long> rows) {

    public DatasetPart {
        firstRow = Map.copyOf(firstRow);
        rows = Map.copyOf(rows);
    }
}
