package dev.synthesis.engine.provenance;

import java.io.Serial;
import java.util.List;

/**
 * A manifest or a file that does not check out, with what failed in plain words.
 *
 * @see ManifestVerifier
 */
public final class VerificationFailed extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What failed: the manifest's form, its signature, the file's length, or the content of some parts. */
    public enum Check { MANIFEST, SIGNATURE, LENGTH, PARTS }

    private final Check check;
    private final List<Integer> parts;

    VerificationFailed(Check check, String message) {
        this(check, message, List.of());
    }

    VerificationFailed(Check check, String message, List<Integer> parts) {
        super(message);
        this.check = check;
        this.parts = List.copyOf(parts);
    }

    public Check check() {
        return check;
    }

    /** The indexes of the parts whose bytes differ from the manifest's digests; empty for other failures. */
    public List<Integer> parts() {
        return parts;
    }
}
