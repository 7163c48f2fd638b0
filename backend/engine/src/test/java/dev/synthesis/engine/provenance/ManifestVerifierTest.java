package dev.synthesis.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.provenance.VerificationFailed.Check;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestVerifierTest {

    private final KeyPair platform = Manifests.ed25519();
    private final Jwk platformKey = Jwk.of(platform.getPublic());
    private final Manifest manifest = Manifests.of(Manifests.PARTS);
    private final SignedManifest signed = ManifestSigner.sign(manifest, platform.getPrivate(), platformKey);

    @Test
    void signedManifestRoundTripsThroughJsonAndVerifiesWithThePublishedKey() {
        SignedManifest read = SignedManifest.parse(signed.toJson());

        ManifestVerifier.Verified verified = ManifestVerifier.verify(read, new JwkSet(List.of(platformKey.published("active"))));

        assertThat(verified.manifest()).isEqualTo(manifest);
        assertThat(verified.key().kid()).isEqualTo(platformKey.thumbprint());
        ManifestVerifier.verifyFile(verified.manifest(), new ByteArrayInputStream(Manifests.joined(Manifests.PARTS)));
    }

    @Test
    void flattenedJwsHasTheRfc7515MembersAndAnEdDsaHeaderWithKidAndKey() {
        String json = new String(signed.toJson(), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"protected\":\"").contains("\"payload\":\"", "\"signature\":\"");
        assertThat(signed.header().alg()).isEqualTo("EdDSA");
        assertThat(signed.header().kid()).isEqualTo(platformKey.kid());
        assertThat(signed.header().jwk().x()).isEqualTo(platformKey.x());
        assertThat(new String(signed.payloadBytes(), StandardCharsets.UTF_8))
                .contains("\"createdAt\":\"2026-12-05T03:00:00Z\"", "\"merkleRoot\":\"" + manifest.output().merkleRoot());
    }

    @Test
    void everyChangedPayloadByteFailsTheSignature() {
        byte[] payload = signed.payloadBytes();
        for (int at = 0; at < payload.length; at += 7) {
            byte[] changed = payload.clone();
            changed[at] ^= 0x01;
            SignedManifest tampered = new SignedManifest(signed.protectedHeader(), Base64Url.encode(changed), signed.signature());

            assertThatThrownBy(() -> ManifestVerifier.verify(tampered, new JwkSet(List.of(platformKey))))
                    .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.SIGNATURE));
        }
    }

    @Test
    void aTamperedFileByteFailsNamingItsPart() {
        byte[] file = Manifests.joined(Manifests.PARTS);
        file[Manifests.PARTS.get(0).length + 3] ^= 0x20;

        assertThatThrownBy(() -> ManifestVerifier.verifyFile(manifest, new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> {
                    assertThat(failed.check()).isEqualTo(Check.PARTS);
                    assertThat(failed.parts()).containsExactly(1);
                    assertThat(failed.getMessage()).isEqualTo("part 1 of 3 differs from the manifest");
                });
    }

    @Test
    void aTruncatedOrExtendedFileFailsOnLength() {
        byte[] file = Manifests.joined(Manifests.PARTS);
        byte[] truncated = Arrays.copyOf(file, file.length - 2);
        byte[] extended = Arrays.copyOf(file, file.length + 1);

        assertThatThrownBy(() -> ManifestVerifier.verifyFile(manifest, new ByteArrayInputStream(truncated)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.getMessage())
                        .isEqualTo("length: the file ends at byte " + truncated.length + ", inside part 2; the manifest gives "
                                + file.length + " bytes"));
        assertThatThrownBy(() -> ManifestVerifier.verifyFile(manifest, new ByteArrayInputStream(extended)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.LENGTH));
    }

    @Test
    void anotherKeyUnderTheSameKidOrAnUnknownKidFails() {
        Jwk impostor = Jwk.of(Manifests.ed25519().getPublic()).withKid(platformKey.kid());
        Jwk other = Jwk.of(Manifests.ed25519().getPublic());

        assertThatThrownBy(() -> ManifestVerifier.verify(signed, new JwkSet(List.of(impostor))))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.SIGNATURE));
        assertThatThrownBy(() -> ManifestVerifier.verify(signed, new JwkSet(List.of(other))))
                .hasMessageContaining("key " + platformKey.kid() + " is not in the trusted key set");
    }

    @Test
    void aManifestSignedByAnotherKeyEmbeddingThePlatformsKeyFails() {
        SignedManifest forged = ManifestSigner.sign(manifest, Manifests.ed25519().getPrivate(), platformKey);

        assertThatThrownBy(() -> ManifestVerifier.verifyWithEmbeddedKey(forged)).isInstanceOf(VerificationFailed.class);
        assertThatThrownBy(() -> ManifestVerifier.verify(forged, new JwkSet(List.of(platformKey)))).isInstanceOf(VerificationFailed.class);
    }

    @Test
    void theEmbeddedKeyVerifiesAndIsNamedByItsThumbprint() {
        ManifestVerifier.Verified verified = ManifestVerifier.verifyWithEmbeddedKey(signed);

        assertThat(verified.key().kid()).isEqualTo(platformKey.thumbprint());
    }

    @Test
    void manifestWhosePartsDoNotGiveItsRootIsRefused() {
        Manifest.Output output = manifest.output();
        Manifest wrongRoot = new Manifest(manifest.manifestVersion(), manifest.platform(), manifest.job(), manifest.schema(),
                manifest.model(), manifest.rows(), new Manifest.Output(output.format(), output.compression(), output.bytes(),
                        output.parts(), "00".repeat(32)), manifest.scores(), manifest.privacy(), manifest.createdAt());

        assertThatThrownBy(() -> ManifestVerifier.verifyFile(wrongRoot, new ByteArrayInputStream(Manifests.joined(Manifests.PARTS))))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.MANIFEST));
    }
}
