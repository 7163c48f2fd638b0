package dev.synthesis.engine.provenance;

import tools.jackson.databind.json.JsonMapper;

/** The JSON of manifests, JWS headers and key sets: one mapper, compact, dates as ISO-8601 text. */
public final class ManifestJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ManifestJson() {}

    public static byte[] write(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
