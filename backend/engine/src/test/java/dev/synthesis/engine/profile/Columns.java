package dev.synthesis.engine.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds test columns. */
final class Columns {

    private Columns() {}

    static ColumnValues of(String name, String... values) {
        return ColumnValues.of(name, new ArrayList<>(Arrays.asList((Object[]) values)));
    }

    /** The values repeated {@code times} times, so they look like categories. */
    static ColumnValues repeated(String name, int times, String... values) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(Arrays.asList(values));
        }
        return ColumnValues.of(name, all);
    }
}
