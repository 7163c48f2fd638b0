package dev.synthesis.engine.profile;

import java.util.Map;

/** Whether a string column holds prose (comments, descriptions) rather than labels or codes. */
final class FreeText {

    static final double MIN_AVERAGE_WORDS = 4;
    static final double MIN_AVERAGE_LENGTH = 40;

    private FreeText() {}

    /** On average four words or forty characters per value, weighted by how often each value occurs. */
    static boolean looksLikeProse(ColumnValues column) {
        long total = 0;
        double words = 0;
        double length = 0;
        for (Map.Entry<String, Long> entry : column.counts().entrySet()) {
            String value = entry.getKey().strip();
            total += entry.getValue();
            words += entry.getValue() * (value.isEmpty() ? 0 : value.split("\\s+").length);
            length += entry.getValue() * (double) value.length();
        }
        return total > 0 && (words / total >= MIN_AVERAGE_WORDS || length / total >= MIN_AVERAGE_LENGTH);
    }
}
