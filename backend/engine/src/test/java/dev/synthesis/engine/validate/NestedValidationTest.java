package dev.synthesis.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.synthesis.engine.schema.DataSchema;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NestedValidationTest {

    private static final String PLAN = "{\"meds\":[{\"drug\":\"metformin\",\"dose_mg\":500},%s],\"follow_up_days\":%s}";

    private final RowValidator validator = new RowValidator(treatmentPlans());

    @Test
    void acceptsValuesThatFollowTheDeclaration() {
        assertThat(validator.validate(1, row(PLAN.formatted("{\"drug\":\"lisinopril\",\"dose_mg\":10}", "30"), "[\"vip\"]")))
                .isEmpty();
    }

    @Test
    void namesThePathOfTheBadValueInsideTheJson() {
        assertThat(validator.validate(3, row(PLAN.formatted("{\"drug\":\"lisinopril\",\"dose_mg\":5000}", "30"), null)))
                .extracting(RowError::row, RowError::field, RowError::value, RowError::reason)
                .containsExactly(tuple(3L, "treatment_plan.meds[1].dose_mg", "5000", "is above the maximum 1000"));
        assertThat(validator.validate(1, row(PLAN.formatted("{\"dose_mg\":10}", "\"soon\""), "[\"new\",\"gold\"]")))
                .extracting(RowError::field, RowError::reason).containsExactly(
                        tuple("treatment_plan.meds[1].drug", "is required"),
                        tuple("tags[1]", "is not one of the allowed values [new, vip, churn-risk]"));
        assertThat(validator.validate(1, row(PLAN.formatted("{\"drug\":\"metformin\",\"dose_mg\":10}", "\"soon\""), null)))
                .extracting(RowError::field, RowError::reason).containsExactly(tuple("treatment_plan.follow_up_days", "is not a whole number"));
    }

    @Test
    void checksArrayLengthsAndKinds() {
        assertThat(validator.validate(1, row("{\"meds\":[]}", "[\"new\",\"new\",\"vip\",\"vip\"]")))
                .extracting(RowError::field, RowError::reason).containsExactly(
                        tuple("treatment_plan.meds", "has 0 items, fewer than the minimum 1"),
                        tuple("tags", "has 4 items, more than the maximum 3"));
        assertThat(validator.validate(1, row("{\"meds\":{}}", null)))
                .extracting(RowError::field, RowError::reason).containsExactly(tuple("treatment_plan.meds", "is not a JSON array"));
    }

    private static Object[] row(String plan, String tags) {
        return new Object[] {"P000001", plan, tags};
    }

    static DataSchema treatmentPlans() {
        try (InputStream in = NestedValidationTest.class.getResourceAsStream("/nested/treatment-plan-schema.json")) {
            return JsonMapper.builder().build().readValue(in, DataSchema.class);
        } catch (IOException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
