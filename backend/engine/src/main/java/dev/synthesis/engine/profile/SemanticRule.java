package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;

/**
 * Recognises what a string column's values mean. Values decide: a rule matches only when nearly
 * all distinct values ({@link ColumnValues#MOSTLY}) have the kind's shape; the column name only
 * breaks ties between kinds whose values look alike (a phone number and a postal code are both
 * digit groups).
 */
interface SemanticRule {

    SemanticKind kind();

    boolean matches(ColumnValues column);

    /** Whether the column name contains one of the words as whole words, e.g. {@code customer_email} or {@code customerEmail} for {@code email}. */
    static boolean nameHas(ColumnValues column, String... words) {
        String name = " " + column.nameWords() + " ";
        for (String word : words) {
            if (name.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }
}
