package dev.synthesis.app.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.engine.provenance.JwkSet;
import dev.synthesis.engine.provenance.Manifest;
import dev.synthesis.engine.provenance.ManifestJson;
import dev.synthesis.engine.provenance.ManifestVerifier;
import dev.synthesis.engine.provenance.SignedManifest;
import dev.synthesis.engine.provenance.VerificationFailed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Signed manifests of real jobs, checked as a recipient would: against the well-known keys and the downloaded bytes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenanceIT extends IntegrationTest {

    private static final String KEYS = "/.well-known/synthesis/signing-keys.json";

    private final Api alice = as("alice");
    private final Api bob = as("bob");
    private final Api admin = as("admin");
    private Seeded customers;

    @BeforeAll
    void givenASchemaTrainedOnASeed() {
        customers = Jobs.trained(alice, "Provenance", 1_000);
    }

    @Test
    void completedJobsManifestVerifiesAgainstTheWellKnownKeysAndMatchesTheDownload() {
        // given a job of three parts
        String id = customers.generate(alice, "\"rows\": %d, \"seed\": 21".formatted(2 * ROWS_PER_PARTITION + 10));
        JsonNode job = Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");

        // when a recipient checks its manifest with the published keys and the download
        ManifestVerifier.Verified verified = ManifestVerifier.verify(manifestOf(id), publishedKeys());
        byte[] download = download(id);

        // then the signed facts are the job's, and the bytes are the parts'
        Manifest manifest = verified.manifest();
        assertThat(manifest.job().id()).hasToString(id);
        assertThat(manifest.schema().id()).hasToString(customers.schemaId());
        assertThat(manifest.schema().sha256()).hasSize(64);
        assertThat(manifest.model().trainingRun()).hasToString(job.get("trainingRunId").asString());
        assertThat(manifest.model().sha256()).hasSize(64);
        assertThat(manifest.rows()).isEqualTo(new Manifest.Rows(21, 0, 2 * ROWS_PER_PARTITION + 10));
        assertThat(manifest.output().format()).isEqualTo("csv");
        assertThat(manifest.output().parts()).hasSize(3);
        assertThat(manifest.output().bytes()).isEqualTo(download.length);
        assertThat(manifest.scores().quality()).isEqualTo(job.get("qualityScore").asDouble());
        assertThat(manifest.privacy().enabled()).isFalse();
        assertThat(manifest.privacy().ledgerEntry()).isNull();
        ManifestVerifier.verifyFile(manifest, new ByteArrayInputStream(download));
    }

    @Test
    void aDifferentiallyPrivateJobsManifestNamesTheLedgerEntryItsTrainingWasChargedTo() {
        // given a schema trained once with differential privacy at ε = 1
        Seeded seeded = Jobs.seeded(alice, "Provenance DP", 1_000);
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"epsilon\": 1}"
                .formatted(seeded.schemaId(), seeded.seedId())).expect(202).id();
        Jobs.awaitCompleted(alice, "/api/train/" + run + "/status");

        // when a job generates from it
        String id = seeded.generate(alice, "\"rows\": 500, \"seed\": 26");
        Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");

        // then its signed manifest carries the DP parameters and the seed's ledger entry for that run
        Manifest.Privacy privacy = ManifestVerifier.verify(manifestOf(id), publishedKeys()).manifest().privacy();
        JsonNode entry = alice.get("/api/seeds/" + seeded.seedId() + "/privacy-budget").expect(200).json().get("entries").get(0);
        assertThat(entry.get("trainingRunId").asString()).isEqualTo(run);
        assertThat(privacy.enabled()).isTrue();
        assertThat(privacy.epsilon()).isEqualTo(1.0);
        assertThat(privacy.epsilonSpent()).isLessThanOrEqualTo(1.0);
        assertThat(privacy.ledgerEntry()).hasToString(entry.get("id").asString());
    }

    @Test
    void aTamperedDownloadedByteFailsNamingItsPart() {
        String id = customers.generate(alice, "\"rows\": %d, \"seed\": 22, \"gzip\": false".formatted(ROWS_PER_PARTITION + 10));
        Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");
        Manifest manifest = ManifestVerifier.verify(manifestOf(id), publishedKeys()).manifest();
        byte[] download = download(id);

        download[(int) manifest.output().parts().get(0).bytes() + 5] ^= 0x01;

        assertThatThrownBy(() -> ManifestVerifier.verifyFile(manifest, new ByteArrayInputStream(download)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.parts()).containsExactly(1));
    }

    @Test
    void manifestsSignedBeforeARotationStillVerifyAndNewOnesCarryTheNewKid() {
        // given a manifest signed with the key active now
        String before = generateSmall(23);
        SignedManifest old = manifestOf(before);

        // when the platform admin rotates the key (users may not)
        alice.post("/api/admin/signing-keys/rotate", "").expect(403);
        JsonNode rotated = admin.post("/api/admin/signing-keys/rotate", "").expect(201).json();
        String after = generateSmall(24);

        // then both verify against the published set, which keeps the old key as retired
        JwkSet keys = publishedKeys();
        String newKid = rotated.get("kid").asString();
        assertThat(ManifestVerifier.verify(old, keys).key().kid()).isNotEqualTo(newKid);
        assertThat(ManifestVerifier.verify(manifestOf(after), keys).key().kid()).isEqualTo(newKid);
        assertThat(keys.find(newKid).orElseThrow().status()).isEqualTo("active");
        assertThat(keys.find(old.header().kid()).orElseThrow().status()).isEqualTo("retired");
        assertThat(admin.get("/api/audit").expect(200).body()).contains("signing-key.rotated", newKid);
    }

    @Test
    void anotherTenantGetsNotFoundForTheManifest() {
        String id = generateSmall(25);

        Api.Response refused = bob.get("/api/generate/" + id + "/manifest").expect(404);

        assertThat(refused.headers().getFirst("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void aCancelledJobHasNoManifest() {
        String id = customers.generate(alice, "\"rows\": 5000000, \"seed\": 26");
        alice.post("/api/generate/" + id + "/cancel", "");
        JsonNode finished = Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        assertThat(finished.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(alice.get("/api/generate/" + id + "/manifest").expect(409).body()).contains("CANCELLED");
    }

    @Test
    void theKeySetIsPublicJsonWithoutPrivateParts() {
        Api.Response keys = anonymous().get(KEYS).expect(200);

        assertThat(keys.headers().getFirst("Content-Type")).startsWith("application/jwk-set+json");
        assertThat(keys.body()).contains("\"kty\":\"OKP\"", "\"crv\":\"Ed25519\"", "\"status\":\"active\"").doesNotContain("\"d\"");
    }

    private String generateSmall(long seed) {
        String id = customers.generate(alice, "\"rows\": 500, \"seed\": %d".formatted(seed));
        Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");
        return id;
    }

    private SignedManifest manifestOf(String id) {
        return SignedManifest.parse(alice.get("/api/generate/" + id + "/manifest").expect(200).body().getBytes(StandardCharsets.UTF_8));
    }

    private static JwkSet publishedKeys() {
        return ManifestJson.read(anonymous().get(KEYS).expect(200).body(), JwkSet.class);
    }

    private byte[] download(String id) {
        try (InputStream in = alice.stream("/api/generate/" + id + "/download").body()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
