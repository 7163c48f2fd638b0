package dev.synthesis.app.request;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link RowCount} against the configured limit (Spring creates validators as beans, so it is injected). */
class RowCountValidator implements ConstraintValidator<RowCount, Long> {

    private final long max;

    RowCountValidator(RequestLimits limits) {
        this.max = limits.maxRowsPerJob();
    }

    @Override
    public boolean isValid(Long rows, ConstraintValidatorContext context) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
        return rows == null || (rows >= 1 && rows <= max);
    }
}
