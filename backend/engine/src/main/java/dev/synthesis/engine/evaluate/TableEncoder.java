package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes the tables of one evaluation with shared category dictionaries. Encode the real
 * training table first and call {@link #freezeRealCategories()}: categories first seen later are
 * reported as not real.
 */
public final class TableEncoder {

    private final List<ColumnPlan> compared;
    private final Map<String, CategoryDictionary> dictionaries = new HashMap<>();

    public TableEncoder(List<ColumnPlan> plans) {
        this.compared = plans.stream().filter(plan -> plan.kind() != ColumnKind.SKIPPED).toList();
        compared.forEach(plan -> dictionaries.put(plan.name(), new CategoryDictionary()));
    }

    public EncodedTable encode(Table table) {
        List<EncodedColumn> columns = new ArrayList<>(compared.size());
        for (ColumnPlan plan : compared) {
            columns.add(encodeColumn(plan, table));
        }
        return new EncodedTable(columns, table.rowCount());
    }

    public void freezeRealCategories() {
        dictionaries.values().forEach(CategoryDictionary::freezeRealCategories);
    }

    private EncodedColumn encodeColumn(ColumnPlan plan, Table table) {
        int index = table.columnIndex(plan.name());
        List<Object[]> rows = table.rows();
        if (plan.kind() == ColumnKind.NUMERIC) {
            double[] numbers = new double[rows.size()];
            for (int row = 0; row < numbers.length; row++) {
                numbers[row] = toDouble(rows.get(row)[index]);
            }
            return new EncodedColumn(plan, numbers, null, null);
        }
        CategoryDictionary dictionary = dictionaries.get(plan.name());
        int[] codes = new int[rows.size()];
        for (int row = 0; row < codes.length; row++) {
            codes[row] = dictionary.code(rows.get(row)[index]);
        }
        return new EncodedColumn(plan, null, codes, dictionary);
    }

    /** A typed value as a number: dates and date-times become epoch seconds (UTC when no zone). */
    static double toDouble(Object value) {
        return switch (value) {
            case null -> Double.NaN;
            case Number number -> number.doubleValue();
            case LocalDate date -> date.toEpochDay() * 86_400d;
            case LocalDateTime dateTime -> dateTime.toEpochSecond(ZoneOffset.UTC);
            case OffsetDateTime dateTime -> dateTime.toEpochSecond();
            default -> throw new IllegalArgumentException("not a typed numeric or temporal value: " + value.getClass().getSimpleName());
        };
    }
}
