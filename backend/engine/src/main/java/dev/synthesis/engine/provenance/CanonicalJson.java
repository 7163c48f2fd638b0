package dev.synthesis.engine.provenance;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes a schema's digest is taken over: its JSON as the engine writes it, with object keys
 * sorted (record components and map entries alike), no whitespace, UTF-8. Two equal schemas give
 * the same bytes whatever order their JSON arrived in.
 */
public final class CanonicalJson {

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {}

    public static byte[] of(Object value) {
        return SORTED.writeValueAsBytes(value);
    }

    /** The hex SHA-256 of {@link #of}. */
    public static String sha256(Object value) {
        return Sha256.hex(Sha256.of(of(value)));
    }
}
