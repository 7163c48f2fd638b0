package dev.synthesis.app.apikey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key as its holder sends it: {@code syn_<prefix>_<secret>}, where the prefix is 8 characters of
 * [a-z0-9] (shown in lists, so people can tell keys apart) and the secret 32 random bytes in
 * base64url. Only {@link #hash()} is ever stored.
 */
public record ApiKeySecret(String prefix, String value) {

    public static final String MARK = "syn_";

    private static final Pattern FORMAT = Pattern.compile("syn_([a-z0-9]{8})_[A-Za-z0-9_-]{43}");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeySecret generate() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new ApiKeySecret(prefix.toString(),
                MARK + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key in a bearer token, if the token has a key's form. */
    public static Optional<ApiKeySecret> parse(String token) {
        Matcher matcher = FORMAT.matcher(token);
        return matcher.matches() ? Optional.of(new ApiKeySecret(matcher.group(1), token)) : Optional.empty();
    }

    /**
     * SHA-256 of the whole key. A fast hash is right here, unlike for passwords: slow hashes
     * (bcrypt, Argon2) make guessing costly for secrets people choose, but 256 random bits cannot
     * be guessed at any speed, and a fast hash can run on every request.
     */
    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Never the secret itself, so a key cannot leak into a log by accident. */
    @Override
    public String toString() {
        return MARK + prefix + "_…";
    }
}
