package dev.synthesis.app.privacy.internal;

import java.math.BigDecimal;

/** An ε and a δ, exact decimals as PostgreSQL keeps them, so that charges of 0.1 add up to exactly 1. */
public record Amounts(BigDecimal epsilon, BigDecimal delta) {

    public static final Amounts NONE = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

    /** Exactly the decimal a double prints as: 0.1 is 0.1, not 0.1000000000000000055…. */
    public static Amounts of(double epsilon, double delta) {
        return new Amounts(BigDecimal.valueOf(epsilon), BigDecimal.valueOf(delta));
    }

    /** What is left of this budget after {@code spent}; never below zero. */
    public Amounts minus(Amounts spent) {
        return new Amounts(epsilon.subtract(spent.epsilon).max(BigDecimal.ZERO), delta.subtract(spent.delta).max(BigDecimal.ZERO));
    }

    public boolean covers(Amounts requested) {
        return requested.epsilon.compareTo(epsilon) <= 0 && requested.delta.compareTo(delta) <= 0;
    }
}
