package dev.synthesis.engine.provenance;

import java.util.Base64;

/** Base64url without padding (RFC 7515 §2), as JOSE writes every binary value. */
final class Base64Url {

    private Base64Url() {}

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }
}
