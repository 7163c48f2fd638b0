package dev.synthesis.engine.dp;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The randomness differentially private releases draw from. A statistical generator such as
 * SplittableRandom is predictable from its outputs, and then the noise could be subtracted again;
 * a DRBG (NIST SP 800-90A, the JDK's {@code DRBG}) is not. The price: training with differential
 * privacy is not reproducible from the training seed.
 */
public final class DpRandom {

    private DpRandom() {}

    public static SecureRandom secure() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }
}
