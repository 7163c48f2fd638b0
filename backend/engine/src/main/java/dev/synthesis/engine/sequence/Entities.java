package dev.synthesis.engine.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A seed's child rows grouped per parent entity, each group in time order (rows without a time last,
 * in seed order); entities without rows and orphan rows are left out.
 *
 * @param entity the parent index of each group
 * @param rows   the child row indices of each group
 */
record Entities(int[] entity, List<int[]> rows) {

    static Entities group(int[] entityOfRow, double[] time) {
        int parents = Arrays.stream(entityOfRow).max().orElse(-1) + 1;
        List<List<Integer>> byParent = new ArrayList<>(parents);
        for (int e = 0; e < parents; e++) {
            byParent.add(new ArrayList<>());
        }
        for (int row = 0; row < entityOfRow.length; row++) {
            if (entityOfRow[row] >= 0) {
                byParent.get(entityOfRow[row]).add(row);
            }
        }
        Comparator<Integer> byTime = Comparator.comparingDouble(row -> Double.isNaN(time[row]) ? Double.POSITIVE_INFINITY : time[row]);
        List<Integer> present = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        for (int e = 0; e < parents; e++) {
            if (!byParent.get(e).isEmpty()) {
                present.add(e);
                groups.add(byParent.get(e).stream().sorted(byTime).mapToInt(Integer::intValue).toArray());
            }
        }
        return new Entities(present.stream().mapToInt(Integer::intValue).toArray(), groups);
    }

    int count() {
        return entity.length;
    }
}
