package dev.synthesis.engine.model.fake;

import java.util.random.RandomGenerator;

/**
 * A fake split into the part that may be cut or padded ({@code core}: a name, an e-mail's local part)
 * and the part that must stay ({@code tail}: a uniqueness suffix, an e-mail's domain).
 */
record FakeParts(String core, String tail) {

    int length() {
        return core.length() + tail.length();
    }

    String text() {
        return core + tail;
    }

    /** This fake cut or padded (with lower-case letters from the row's stream) to a length in [min, max]. */
    String fitted(int min, int max, RandomGenerator random) {
        int target = Math.max(min, Math.min(max, length()));
        int coreLength = target - tail.length();
        if (coreLength < 1) {
            return text().substring(0, Math.min(text().length(), max));
        }
        StringBuilder adjusted = new StringBuilder(core.length() > coreLength ? core.substring(0, coreLength).strip() : core);
        while (adjusted.length() < coreLength) {
            adjusted.append((char) ('a' + random.nextInt(26)));
        }
        return adjusted + tail;
    }
}
