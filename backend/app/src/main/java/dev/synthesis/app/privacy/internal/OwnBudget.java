package dev.synthesis.app.privacy.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A budget as an admin set it for a tenant or a seed: a null amount falls back to the next level. */
public record OwnBudget(@Nullable BigDecimal epsilon, @Nullable BigDecimal delta, @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public static final OwnBudget NONE = new OwnBudget(null, null, null, null);

    /** This budget's amounts where it has them, the fallback's elsewhere. */
    public Amounts over(Amounts fallback) {
        return new Amounts(epsilon == null ? fallback.epsilon() : epsilon, delta == null ? fallback.delta() : delta);
    }

    public static @Nullable BigDecimal decimal(@Nullable Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    public static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
