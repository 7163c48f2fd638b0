package dev.synthesis.app.support;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** API keys for tests: created through the API by a user, used through {@link Api#withToken}. */
public final class Keys {

    private Keys() {}

    /** Creates a key with the scopes given as a JSON array's items, e.g. {@code "read", "generate"}; it never expires. */
    public static Key create(Api creator, String scopes) {
        JsonNode created = creator.post("/api/keys", """
                {"name": "test %s", "scopes": [%s], "expiresAt": null}""".formatted(UUID.randomUUID(), scopes)).expect(201).json();
        return new Key(created.get("id").asString(), created.get("prefix").asString(), created.get("secret").asString(), created);
    }

    /** A key as its creation answered: {@code created} is the whole answer. */
    public record Key(String id, String prefix, String secret, JsonNode created) {

        /** Calls the shared app with this key as the bearer token. */
        public Api api() {
            return on(TestPlatform.appUrl());
        }

        /** Calls another app process with this key. */
        public Api on(String appUrl) {
            return Api.withToken(appUrl, secret);
        }
    }
}
