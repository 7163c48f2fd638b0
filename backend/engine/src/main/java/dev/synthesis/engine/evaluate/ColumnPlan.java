package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides per field whether it is compared as numeric, categorical or not at all.
 *
 * <p>Rules, from the field's type and the real training values: whole, non-negative numbers with at
 * most min({@code categoricalMaxDistinct}, round(rows / 10)) distinct values are categorical (codes
 * such as 1..4 are labels, not measurements), as SDV 1.38's metadata detection decides
 * ({@code SingleTableMetadata._determine_sdtype_for_numbers}); other numbers, dates and date-times
 * are numeric; booleans are categorical;
 * strings are categorical unless their semantic kind is personal or they look like identifiers
 * (more than 50 distinct values covering over half of the non-empty rows); JSON and arrays are skipped.
 * A field declared unique is a key, not a distribution, and is skipped whatever its type, as
 * SDMetrics skips columns whose sdtype is {@code id}: its values keep counting past the seed's by
 * design, which a KSComplement would call a total mismatch.
 *
 * @param field  the schema field
 * @param kind   how it is compared
 * @param reason why, in words for the report
 */
public record ColumnPlan(FieldDefinition field, ColumnKind kind, String reason) {

    private static final int IDENTIFIER_MIN_DISTINCT = 50;

    public String name() {
        return field.name();
    }

    public static ColumnPlan of(FieldDefinition field, Table real, int categoricalMaxDistinct) {
        List<Object> values = real.column(real.columnIndex(field.name()));
        if (field.constraints().unique()) {
            return new ColumnPlan(field, ColumnKind.SKIPPED, "unique key: its values identify rows, they have no shape to compare");
        }
        return switch (field.type()) {
            case JSON, ARRAY -> new ColumnPlan(field, ColumnKind.SKIPPED, "nested values are not compared");
            case BOOLEAN -> new ColumnPlan(field, ColumnKind.CATEGORICAL, "boolean");
            case DATE, DATETIME -> new ColumnPlan(field, ColumnKind.NUMERIC, "point in time, compared as epoch seconds");
            case INTEGER, NUMBER -> numeric(field, values, categoricalMaxDistinct);
            case STRING -> string(field, values);
        };
    }

    private static ColumnPlan numeric(FieldDefinition field, List<Object> values, int categoricalMaxDistinct) {
        // rint rounds half to even, as Python's round() in SDV does
        int maxDistinct = Math.min(categoricalMaxDistinct, (int) Math.rint(values.size() / 10.0));
        if (values.stream().allMatch(ColumnPlan::isWholeAndNonNegative) && distinctUpTo(values, maxDistinct + 1) <= maxDistinct) {
            return new ColumnPlan(field, ColumnKind.CATEGORICAL, "whole, non-negative, at most " + maxDistinct + " distinct values");
        }
        return new ColumnPlan(field, ColumnKind.NUMERIC, "number");
    }

    private static boolean isWholeAndNonNegative(Object value) {
        if (value == null) {
            return true;
        }
        double number = ((Number) value).doubleValue();
        return number >= 0 && number == Math.rint(number);
    }

    private static ColumnPlan string(FieldDefinition field, List<Object> values) {
        if (field.semanticKind() != null && field.semanticKind().isPersonal()) {
            return new ColumnPlan(field, ColumnKind.SKIPPED, "personal data (" + field.semanticKind().jsonName() + ") is faked, not learned");
        }
        long present = values.stream().filter(value -> value != null).count();
        int distinct = distinctUpTo(values, Integer.MAX_VALUE);
        if (distinct > IDENTIFIER_MIN_DISTINCT && distinct * 2L > present) {
            return new ColumnPlan(field, ColumnKind.SKIPPED, "identifier-like: " + distinct + " distinct values in " + present + " rows");
        }
        return new ColumnPlan(field, ColumnKind.CATEGORICAL, "text");
    }

    private static int distinctUpTo(List<Object> values, int limit) {
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (value != null && seen.add(value) && seen.size() >= limit) {
                break;
            }
        }
        return seen.size();
    }
}
