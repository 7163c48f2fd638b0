package dev.synthesis.engine.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one column's categories to dense codes shared by every table of an evaluation. The real
 * training table is encoded first, so codes below {@link #realCount()} are categories seen in it.
 */
public final class CategoryDictionary {

    private final Map<Object, Integer> codes = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private int realCount = -1;

    int code(Object value) {
        if (value == null) {
            return -1;
        }
        return codes.computeIfAbsent(value, key -> {
            labels.add(String.valueOf(key));
            return labels.size() - 1;
        });
    }

    void freezeRealCategories() {
        realCount = labels.size();
    }

    /** How many categories the real training data has. */
    public int realCount() {
        return realCount < 0 ? labels.size() : realCount;
    }

    /** How many categories all tables encoded so far have. */
    public int size() {
        return labels.size();
    }

    public String label(int code) {
        return labels.get(code);
    }
}
