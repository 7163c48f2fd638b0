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

    /** The digest and length of everything left in the stream, read in blocks so any size fits. */
    public static Streamed of(InputStream in) {
        MessageDigest digest = digest();
        byte[] block = new byte[64 * 1024];
        long length = 0;
        try {
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                digest.update(block, 0, read);
                length += read;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Streamed(digest.digest(), length);
    }

    /** A stream's digest and how many bytes it had. */
    public record Streamed(byte[] digest, long bytes) {

        public String hex() {
            return Sha256.hex(digest);
        }
    }

    public static String hex(byte[] digest) {
        return HEX.formatHex(digest);
    }

    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }
}
