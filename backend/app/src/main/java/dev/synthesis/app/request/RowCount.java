package dev.synthesis.app.request;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A number of rows one job may produce: from 1 to {@code synthesis.requests.max-rows-per-job}; null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RowCountValidator.class)
public @interface RowCount {

    String message() default "must be between 1 and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
