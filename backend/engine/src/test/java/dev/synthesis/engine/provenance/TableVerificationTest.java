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

/** A multi-table dataset's manifest, checked one table download at a time. */
class TableVerificationTest {

    private final KeyPair platform = Manifests.ed25519();
    private final Jwk platformKey = Jwk.of(platform.getPublic());
    private final Manifest dataset = Manifests.dataset();

    @Test
    void signedDatasetManifestRoundTripsAndEachTableDownloadVerifies() {
        SignedManifest signed = SignedManifest.parse(ManifestSigner.sign(dataset, platform.getPrivate(), platformKey).toJson());

        Manifest verified = ManifestVerifier.verify(signed, new JwkSet(List.of(platformKey))).manifest();

        assertThat(verified).isEqualTo(dataset);
        ManifestVerifier.verifyTable(verified, "customers", file(Manifests.joined(Manifests.PARTS)));
        ManifestVerifier.verifyTable(verified, "orders", file(Manifests.joined(Manifests.ORDER_PARTS)));
    }

    @Test
    void theDatasetRootIsTheMerkleRootOverTheTablesRootsAndCoversTheirBytes() {
        Manifest.Output output = dataset.output();
        byte[] customers = MerkleTree.root(digests(Manifests.PARTS));
        byte[] orders = MerkleTree.root(digests(Manifests.ORDER_PARTS));

        assertThat(output.parts()).isEmpty();
        assertThat(output.tables()).extracting(Manifest.Table::merkleRoot).containsExactly(Sha256.hex(customers), Sha256.hex(orders));
        assertThat(output.merkleRoot()).isEqualTo(Sha256.hex(MerkleTree.root(List.of(customers, orders))));
        assertThat(MerkleTree.verify(1, 2, orders, MerkleTree.auditPath(1, List.of(customers, orders)),
                Sha256.fromHex(output.merkleRoot()))).isTrue();
        assertThat(output.bytes()).isEqualTo(Manifests.joined(Manifests.PARTS).length + Manifests.joined(Manifests.ORDER_PARTS).length);
    }

    @Test
    void aTamperedTableFileFailsNamingTheTableAndThePart() {
        byte[] orders = Manifests.joined(Manifests.ORDER_PARTS);
        orders[orders.length - 2] ^= 0x01;

        assertThatThrownBy(() -> ManifestVerifier.verifyTable(dataset, "orders", file(orders)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> {
                    assertThat(failed.check()).isEqualTo(Check.PARTS);
                    assertThat(failed.parts()).containsExactly(1);
                    assertThat(failed.getMessage()).isEqualTo("part 1 of 2 of table orders differs from the manifest");
                });
    }

    @Test
    void anotherTablesFileOrATruncatedOneFails() {
        byte[] customers = Manifests.joined(Manifests.PARTS);
        byte[] truncated = Arrays.copyOf(Manifests.joined(Manifests.ORDER_PARTS), 5);

        assertThatThrownBy(() -> ManifestVerifier.verifyTable(dataset, "orders", file(customers)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.LENGTH));
        assertThatThrownBy(() -> ManifestVerifier.verifyTable(dataset, "orders", file(truncated)))
                .hasMessage("length: the file ends at byte 5, inside part 0 of table orders; the manifest gives "
                        + Manifests.joined(Manifests.ORDER_PARTS).length + " bytes");
    }

    @Test
    void anUnknownTableOrAWholeFileCheckOfADatasetIsRefusedInPlainWords() {
        byte[] customers = Manifests.joined(Manifests.PARTS);

        assertThatThrownBy(() -> ManifestVerifier.verifyTable(dataset, "invoices", file(customers)))
                .hasMessage("manifest: the dataset has no table invoices (its tables: customers, orders)");
        assertThatThrownBy(() -> ManifestVerifier.verifyFile(dataset, file(customers)))
                .hasMessageContaining("it covers a dataset of 2 tables (customers, orders)");
        assertThatThrownBy(() -> ManifestVerifier.verifyTable(Manifests.of(Manifests.PARTS), "customers", file(customers)))
                .isInstanceOfSatisfying(VerificationFailed.class, failed -> assertThat(failed.check()).isEqualTo(Check.MANIFEST));
    }

    @Test
    void aTableRootThatTheDatasetRootDoesNotCoverIsRefused() {
        Manifest.Output output = dataset.output();
        Manifest.Table orders = output.tables().get(1);
        List<Manifest.Part> swapped = List.of(orders.parts().get(1), orders.parts().get(0));
        Manifest.Table reordered = Manifest.Table.of("orders", orders.rows(), swapped);
        Manifest forged = withOutput(new Manifest.Output(output.format(), output.compression(), output.bytes(), List.of(),
                output.merkleRoot(), List.of(output.tables().get(0), reordered)));

        assertThatThrownBy(() -> ManifestVerifier.verifyTable(forged, "orders", file(Manifests.joined(Manifests.ORDER_PARTS))))
                .hasMessage("manifest: its tables' roots do not give its Merkle root");
    }

    @Test
    void aSingleTableManifestsJsonHasNoTables() {
        String json = new String(ManifestJson.write(Manifests.of(Manifests.PARTS)), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("tables", "dataset");
        assertThat(new String(ManifestJson.write(dataset), StandardCharsets.UTF_8)).contains("\"tables\":[{\"name\":\"customers\"");
    }

    private Manifest withOutput(Manifest.Output output) {
        return new Manifest(dataset.manifestVersion(), dataset.platform(), dataset.job(), dataset.schema(), dataset.model(),
                dataset.rows(), output, dataset.scores(), dataset.privacy(), dataset.createdAt());
    }

    private static List<byte[]> digests(List<byte[]> parts) {
        return parts.stream().map(Sha256::of).toList();
    }

    private static ByteArrayInputStream file(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
