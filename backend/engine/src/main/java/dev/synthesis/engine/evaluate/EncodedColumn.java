package dev.synthesis.engine.evaluate;

/**
 * One column of one table in the form metrics work on: numeric columns as doubles (NaN when
 * missing), categorical columns as dictionary codes (-1 when missing).
 *
 * @param plan       how the column is treated
 * @param numbers    values of a numeric column, else null
 * @param codes      codes of a categorical column, else null
 * @param dictionary the categorical column's dictionary, else null
 */
public record EncodedColumn(ColumnPlan plan, double[] numbers, int[] codes, CategoryDictionary dictionary) {

    public boolean isNumeric() {
        return numbers != null;
    }

    public int size() {
        return isNumeric() ? numbers.length : codes.length;
    }

    public boolean isMissing(int row) {
        return isNumeric() ? Double.isNaN(numbers[row]) : codes[row] < 0;
    }

    public String name() {
        return plan.name();
    }
}
