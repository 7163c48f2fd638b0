package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A child seed matched to its parent seed through one foreign key: the parent row of every child row
 * (-1 for a missing key or an orphan), the number of children of every parent row, and the orphans
 * with up to five distinct example keys.
 */
record SeedJoin(int[] parentOfChild, long[] childrenPerParent, long orphans, List<String> orphanExamples) {

    private static final int EXAMPLES = 5;

    static SeedJoin of(Table parent, String parentKey, Table child, String childKey) {
        Map<Object, Integer> rows = keyIndex(parent, parentKey);
        int keyColumn = child.columnIndex(childKey);
        int[] parentOfChild = new int[child.rowCount()];
        long[] counts = new long[parent.rowCount()];
        long orphans = 0;
        List<String> examples = new ArrayList<>();
        for (int row = 0; row < child.rowCount(); row++) {
            Object key = child.rows().get(row)[keyColumn];
            Integer parentRow = key == null ? null : rows.get(key);
            parentOfChild[row] = parentRow == null ? -1 : parentRow;
            if (parentRow != null) {
                counts[parentRow]++;
            } else if (key != null) {
                orphans++;
                if (examples.size() < EXAMPLES && !examples.contains(key.toString())) {
                    examples.add(key.toString());
                }
            }
        }
        return new SeedJoin(parentOfChild, counts, orphans, List.copyOf(examples));
    }

    /** Row index by key value; a repeated key keeps its first row. */
    static Map<Object, Integer> keyIndex(Table table, String key) {
        int column = table.columnIndex(key);
        Map<Object, Integer> rows = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            Object value = table.rows().get(row)[column];
            if (value != null) {
                rows.putIfAbsent(value, row);
            }
        }
        return rows;
    }

    /** Children per distinct referenced key, when the parent rows themselves are unknown (so no zeros). */
    static long[] perReferencedKey(Table child, String childKey) {
        int column = child.columnIndex(childKey);
        Map<Object, Long> counts = new HashMap<>();
        child.rows().forEach(row -> {
            if (row[column] != null) {
                counts.merge(row[column], 1L, Long::sum);
            }
        });
        return counts.values().stream().mapToLong(Long::longValue).toArray();
    }
}
