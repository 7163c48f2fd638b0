package dev.synthesis.engine.evaluate;

/**
 * How one schema field was treated, for the report.
 *
 * @param column the field
 * @param kind   numeric, categorical or skipped
 * @param reason why
 */
public record ColumnTreatment(String column, ColumnKind kind, String reason) {

    static ColumnTreatment of(ColumnPlan plan) {
        return new ColumnTreatment(plan.name(), plan.kind(), plan.reason());
    }
}
