package dev.synthesis.app.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A globex user gets 404 for every acme schema endpoint, so not even the id is confirmed. */
class TenantIsolationIT extends IntegrationTest {

    private final Api alice = as("alice");
    private final Api bob = as("bob");
    private String acmeName;
    private String acmeSchema;

    @BeforeEach
    void givenAnAcmeSchema() {
        acmeName = "Acme only " + UUID.randomUUID();
        acmeSchema = alice.post("/api/schemas", schemaJson(acmeName)).expect(201).headers().getLocation().toString();
    }

    @Test
    void otherTenantDoesNotSeeItInTheList() {
        assertThat(bob.get("/api/schemas?size=100").body()).doesNotContain(acmeName);
        assertThat(alice.get("/api/schemas?size=100").body()).contains(acmeName);
    }

    @Test
    void otherTenantCannotReadItOrItsVersions() {
        assertThat(bob.get(acmeSchema).status()).isEqualTo(404);
        assertThat(bob.get(acmeSchema + "/versions").status()).isEqualTo(404);
        assertThat(bob.get(acmeSchema + "/versions/1").status()).isEqualTo(404);
    }

    @Test
    void otherTenantCannotChangeOrDeleteIt() {
        assertThat(bob.put(acmeSchema, schemaJson("Hijacked " + UUID.randomUUID()), "*").status()).isEqualTo(404);
        assertThat(bob.delete(acmeSchema, null).status()).isEqualTo(404);

        assertThat(alice.get(acmeSchema).json().get("name").asString()).isEqualTo(acmeName);
        assertThat(alice.get(acmeSchema).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void sameNameInAnotherTenantIsNoConflict() {
        assertThat(bob.post("/api/schemas", schemaJson(acmeName)).status()).isEqualTo(201);
    }
}
