package dev.synthesis.engine.dp;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** The randomness of every DP mechanism: a DRBG seeded by the operating system, never a training seed. */
public final class DpRandom {

    private DpRandom() {}

    public static SecureRandom secure() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException missing) {
            return new SecureRandom();
        }
    }
}
