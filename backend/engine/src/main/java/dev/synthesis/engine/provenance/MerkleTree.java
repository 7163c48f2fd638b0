package dev.synthesis.engine.provenance;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 (Certificate Transparency; RFC 9162 §2.1 keeps it) over the
 * output parts. A leaf's input is the 32-byte SHA-256 digest of the part's bytes, so the leaf hash
 * is {@code SHA-256(0x00 ‖ SHA-256(part))}; an inner node is {@code SHA-256(0x01 ‖ left ‖ right)};
 * a tree of n leaves splits after the largest power of two below n. The distinct prefixes keep a
 * leaf from passing for a node (second-preimage attacks). With a part, its index, the part count
 * and its audit path, anyone can check that one part against the root without the others.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {}

    /** The leaf hash of a part whose bytes have this SHA-256 digest. */
    public static byte[] leaf(byte[] partDigest) {
        MessageDigest digest = Sha256.digest();
        digest.update(LEAF);
        digest.update(partDigest);
        return digest.digest();
    }

    /** MTH(D[n]) over the parts' SHA-256 digests, in download order; the empty tree is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> partDigests) {
        if (partDigests.isEmpty()) {
            return Sha256.of(new byte[0]);
        }
        return hash(partDigests, 0, partDigests.size());
    }

    /** PATH(m, D[n]) of RFC 6962 §2.1.1: the sibling hashes from the leaf up, for part {@code index}. */
    public static List<byte[]> auditPath(int index, List<byte[]> partDigests) {
        if (index < 0 || index >= partDigests.size()) {
            throw new IllegalArgumentException("no part " + index + " among " + partDigests.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(index, partDigests, 0, partDigests.size(), path);
        return path;
    }

    /** Checks one part's digest against a root with its audit path (RFC 9162 §2.1.3.2). */
    public static boolean verify(int index, int size, byte[] partDigest, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leaf(partDigest);
        for (byte[] sibling : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(sibling, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static byte[] hash(List<byte[]> digests, int from, int to) {
        if (to - from == 1) {
            return leaf(digests.get(from));
        }
        int split = from + splitPoint(to - from);
        return node(hash(digests, from, split), hash(digests, split, to));
    }

    private static void collectPath(int index, List<byte[]> digests, int from, int to, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        int split = from + splitPoint(to - from);
        if (from + index < split) {
            collectPath(index, digests, from, split, path);
            path.add(hash(digests, split, to));
        } else {
            collectPath(index - (split - from), digests, split, to, path);
            path.add(hash(digests, from, split));
        }
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    private static int splitPoint(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Sha256.digest();
        digest.update(NODE);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }
}
