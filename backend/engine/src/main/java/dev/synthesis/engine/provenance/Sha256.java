package dev.synthesis.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (FIPS 180-4) digests, written as lower-case hex in manifests. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {}

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The digest of everything left in the stream, read in blocks so any size fits. */
    public static byte[] of(InputStream in) {
        MessageDigest digest = digest();
        byte[] block = new byte[64 * 1024];
        try {
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                digest.update(block, 0, read);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return digest.digest();
    }

    public static String hex(byte[] digest) {
        return HEX.formatHex(digest);
    }

    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }
}
