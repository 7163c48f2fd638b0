package dev.synthesis.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleTreeTest {

    @Test
    void rootOfOnePartIsItsLeafHashAndOfTwoIsTheirNode() {
        byte[] a = Sha256.of("a".getBytes(StandardCharsets.UTF_8));
        byte[] b = Sha256.of("b".getBytes(StandardCharsets.UTF_8));

        assertThat(MerkleTree.root(List.of(a))).isEqualTo(Sha256.of(concat(new byte[] {0}, a)));
        byte[] node = Sha256.of(concat(new byte[] {1}, MerkleTree.leaf(a), MerkleTree.leaf(b)));
        assertThat(MerkleTree.root(List.of(a, b))).isEqualTo(node);
    }

    @Test
    void threeLeavesSplitAfterTheLargestPowerOfTwoBelowThree() {
        List<byte[]> d = digests(3);
        byte[] left = Sha256.of(concat(new byte[] {1}, MerkleTree.leaf(d.get(0)), MerkleTree.leaf(d.get(1))));

        assertThat(MerkleTree.root(d)).isEqualTo(Sha256.of(concat(new byte[] {1}, left, MerkleTree.leaf(d.get(2)))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 13, 256})
    void everyPartChecksAloneWithItsAuditPath(int parts) {
        List<byte[]> d = digests(parts);
        byte[] root = MerkleTree.root(d);

        for (int index = 0; index < parts; index++) {
            List<byte[]> path = MerkleTree.auditPath(index, d);
            assertThat(MerkleTree.verify(index, parts, d.get(index), path, root)).as("part %d of %d", index, parts).isTrue();
            assertThat(path).hasSizeLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(parts - 1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 8})
    void anotherPartsDigestOrPositionFailsTheAuditPath(int parts) {
        // the part count is not checked here: it comes from the signed manifest, as a tree size comes from a signed tree head
        List<byte[]> d = digests(parts);
        byte[] root = MerkleTree.root(d);
        List<byte[]> path = MerkleTree.auditPath(1, d);

        assertThat(MerkleTree.verify(1, parts, d.get(0), path, root)).isFalse();
        assertThat(MerkleTree.verify(0, parts, d.get(1), path, root)).isFalse();
        assertThat(MerkleTree.verify(parts, parts, d.get(1), path, root)).isFalse();
    }

    private static List<byte[]> digests(int count) {
        return new ArrayList<>(IntStream.range(0, count)
                .mapToObj(i -> Sha256.of(("part " + i).getBytes(StandardCharsets.UTF_8))).toList());
    }

    private static byte[] concat(byte[]... pieces) {
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }
}
