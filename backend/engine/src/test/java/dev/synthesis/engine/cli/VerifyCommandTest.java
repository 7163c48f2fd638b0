package dev.synthesis.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.provenance.Jwk;
import dev.synthesis.engine.provenance.JwkSet;
import dev.synthesis.engine.provenance.Manifest;
import dev.synthesis.engine.provenance.ManifestJson;
import dev.synthesis.engine.provenance.ManifestSigner;
import dev.synthesis.engine.provenance.Manifests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final KeyPair platform = Manifests.ed25519();
    private final Jwk key = Jwk.of(platform.getPublic());
    private final Manifest manifest = Manifests.of(Manifests.PARTS);
    private Path manifestFile;
    private Path data;
    private Path keys;

    @BeforeEach
    void givenASignedManifestItsFileAndThePublishedKeys() throws IOException {
        manifestFile = Files.write(folder.resolve("manifest.json"), ManifestSigner.sign(manifest, platform.getPrivate(), key).toJson());
        data = Files.write(folder.resolve("synthetic.csv"), Manifests.joined(Manifests.PARTS));
        keys = Files.write(folder.resolve("signing-keys.json"), ManifestJson.write(new JwkSet(List.of(key.published("active")))));
    }

    @Test
    void verifiedWithThePublishedKeysNamesKeyPartsAndRoot() {
        int exit = synth("verify", manifestFile.toString(), data.toString(), "--keys", keys.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().strip())
                .isEqualTo("verified: signature by key " + key.kid() + ", 3 parts, root " + manifest.output().merkleRoot());
    }

    @Test
    void withoutKeysItWarnsToCompareTheEmbeddedKeysThumbprint() {
        int exit = synth("verify", manifestFile.toString(), data.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("warning: checked with the key embedded in the manifest, thumbprint " + key.thumbprint(),
                "verified: signature by key " + key.kid());
    }

    @Test
    void aChangedByteExitsWithOneNamingThePart() throws IOException {
        byte[] bytes = Files.readAllBytes(data);
        bytes[bytes.length - 2] ^= 0x01;
        Files.write(data, bytes);

        int exit = synth("verify", manifestFile.toString(), data.toString(), "--keys", keys.toString());

        assertThat(exit).isEqualTo(SynthCli.FAILED);
        assertThat(err.toString().strip()).isEqualTo("not verified: part 2 of 3 differs from the manifest");
    }

    @Test
    void anotherPlatformsKeysExitWithOneNamingTheSignature() throws IOException {
        Files.write(keys, ManifestJson.write(new JwkSet(List.of(Jwk.of(Manifests.ed25519().getPublic())))));

        int exit = synth("verify", manifestFile.toString(), data.toString(), "--keys", keys.toString());

        assertThat(exit).isEqualTo(SynthCli.FAILED);
        assertThat(err.toString()).startsWith("not verified: signature: key " + key.kid() + " is not in the trusted key set");
    }

    @Test
    void aDatasetTableDownloadIsVerifiedWithTableNamingTheTableAndBothRoots() throws IOException {
        Manifest dataset = Manifests.dataset();
        Files.write(manifestFile, ManifestSigner.sign(dataset, platform.getPrivate(), key).toJson());
        Path orders = Files.write(folder.resolve("orders.csv.gz"), Manifests.joined(Manifests.ORDER_PARTS));

        int exit = synth("verify", manifestFile.toString(), orders.toString(), "--keys", keys.toString(), "--table", "orders");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("verified: signature by key " + key.kid() + ", table orders: 2 parts, root "
                + dataset.output().tables().get(1).merkleRoot() + ", dataset root " + dataset.output().merkleRoot());
    }

    @Test
    void aDatasetManifestWithoutTableOrWithAnotherTablesFileExitsWithOne() throws IOException {
        Files.write(manifestFile, ManifestSigner.sign(Manifests.dataset(), platform.getPrivate(), key).toJson());
        Path orders = Files.write(folder.resolve("orders.csv.gz"), Manifests.joined(Manifests.ORDER_PARTS));

        assertThat(synth("verify", manifestFile.toString(), orders.toString(), "--keys", keys.toString())).isEqualTo(SynthCli.FAILED);
        assertThat(synth("verify", manifestFile.toString(), orders.toString(), "--keys", keys.toString(), "--table", "customers"))
                .isEqualTo(SynthCli.FAILED);
        assertThat(err.toString()).contains("not verified: manifest: it covers a dataset of 2 tables (customers, orders)",
                "not verified: length: the file ends at byte " + Files.size(orders) + ", inside part 1 of table customers");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(synth("verify", manifestFile.toString(), folder.resolve("nothing").toString())).isEqualTo(SynthCli.BAD_INPUT);
        assertThat(err.toString()).contains("nothing: no such file");
    }

    private int synth(String... args) {
        return SynthCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
