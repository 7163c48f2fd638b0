package dev.synthesis.engine.provenance;

import dev.synthesis.engine.provenance.VerificationFailed.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Checks a signed manifest, then a file against it. The signature is checked over the JWS signing
 * input before the payload is read, so the manifest returned is exactly what the key signed. The
 * file is the parts joined in order: it is split by the parts' lengths and each piece hashed, so a
 * difference is reported by part.
 */
public final class ManifestVerifier {

    private ManifestVerifier() {}

    /** A manifest whose signature checked out, and the key that made it. */
    public record Verified(Manifest manifest, Jwk key) {}

    /** Checks the signature with the key the header's {@code kid} names in {@code trusted}; the embedded key is ignored. */
    public static Verified verify(SignedManifest signed, JwkSet trusted) {
        SignedManifest.Header header = header(signed);
        Jwk key = trusted.find(header.kid()).orElseThrow(() -> new VerificationFailed(Check.SIGNATURE,
                "signature: key " + header.kid() + " is not in the trusted key set"));
        return check(signed, header, key);
    }

    /**
     * Checks the signature with the key embedded in the header. That proves only that the holder of
     * that key signed: compare its thumbprint with the platform's published keys.
     */
    public static Verified verifyWithEmbeddedKey(SignedManifest signed) {
        SignedManifest.Header header = header(signed);
        if (header.jwk() == null) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: the header embeds no key; give the platform's key set");
        }
        return check(signed, header, header.jwk().withKid(header.jwk().thumbprint()));
    }

    /**
     * Checks that {@code file} is exactly the manifest's parts joined in order, and that the parts'
     * digests give the manifest's Merkle root.
     *
     * @throws VerificationFailed naming the differing parts, or the length where the file ends too soon or goes on
     */
    public static void verifyFile(Manifest manifest, InputStream file) {
        if (manifest.isDataset()) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: it covers a dataset of " + manifest.output().tables().size()
                    + " tables (" + tableNames(manifest) + "); check each table's download against its table");
        }
        List<Manifest.Part> parts = manifest.output().parts();
        if (!Manifest.Output.rootOf(parts).equals(manifest.output().merkleRoot())) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: its parts do not give its Merkle root");
        }
        verifyParts(parts, manifest.output().bytes(), "", file);
    }

    /**
     * Checks that {@code file} is exactly the parts of the dataset's table {@code name} joined in
     * order, that they give the table's root, and that the tables' roots give the dataset's root.
     *
     * @throws VerificationFailed naming the table and its differing parts, or the length where the file ends too soon or goes on
     */
    public static void verifyTable(Manifest manifest, String name, InputStream file) {
        if (!manifest.isDataset()) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: it covers one file, not a dataset's tables; check the file without a table");
        }
        Manifest.Table table = manifest.output().table(name).orElseThrow(() -> new VerificationFailed(Check.MANIFEST,
                "manifest: the dataset has no table " + name + " (its tables: " + tableNames(manifest) + ")"));
        if (!Manifest.Output.datasetRoot(manifest.output().tables()).equals(manifest.output().merkleRoot())) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: its tables' roots do not give its Merkle root");
        }
        if (!Manifest.Output.rootOf(table.parts()).equals(table.merkleRoot())) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: the parts of table " + name + " do not give its Merkle root");
        }
        verifyParts(table.parts(), table.bytes(), " of table " + name, file);
    }

    /** Hashes the file part by part; {@code of} names the table in messages, or is empty. */
    private static void verifyParts(List<Manifest.Part> parts, long total, String of, InputStream file) {
        List<Integer> differing = new ArrayList<>();
        long offset = 0;
        for (Manifest.Part part : parts) {
            byte[] digest = digestNext(file, part, offset, total, of);
            if (!MessageDigest.isEqual(digest, part.digest())) {
                differing.add(part.index());
            }
            offset += part.bytes();
        }
        requireEnd(file, offset);
        if (!differing.isEmpty()) {
            throw new VerificationFailed(Check.PARTS, "part" + (differing.size() == 1 ? " " : "s ") + join(differing) + " of "
                    + parts.size() + of + " differ" + (differing.size() == 1 ? "s" : "") + " from the manifest", differing);
        }
    }

    private static String tableNames(Manifest manifest) {
        return String.join(", ", manifest.output().tables().stream().map(Manifest.Table::name).toList());
    }

    private static SignedManifest.Header header(SignedManifest signed) {
        try {
            SignedManifest.Header header = signed.header();
            if (!ManifestSigner.ALGORITHM.equals(header.alg()) || header.kid() == null) {
                throw new VerificationFailed(Check.MANIFEST, "manifest: the header must name alg EdDSA and a kid, not "
                        + header.alg() + " and " + header.kid());
            }
            return header;
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: the protected header is not base64url JSON");
        }
    }

    private static Verified check(SignedManifest signed, SignedManifest.Header header, Jwk key) {
        boolean valid;
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key.publicKey());
            ed25519.update(signed.signingInput());
            valid = ed25519.verify(Base64Url.decode(signed.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            valid = false;
        }
        if (!valid) {
            throw new VerificationFailed(Check.SIGNATURE, "signature: does not verify with key " + header.kid()
                    + " (the manifest or its signature was changed, or another key signed it)");
        }
        try {
            return new Verified(signed.manifest(), key);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new VerificationFailed(Check.MANIFEST, "manifest: signed, but its payload is not a manifest: " + unreadable.getMessage());
        }
    }

    private static byte[] digestNext(InputStream file, Manifest.Part part, long offset, long total, String of) {
        MessageDigest digest = Sha256.digest();
        byte[] block = new byte[64 * 1024];
        long left = part.bytes();
        try {
            while (left > 0) {
                int read = file.read(block, 0, (int) Math.min(block.length, left));
                if (read < 0) {
                    throw new VerificationFailed(Check.LENGTH, "length: the file ends at byte " + (offset + part.bytes() - left)
                            + ", inside part " + part.index() + of + "; the manifest gives " + total + " bytes");
                }
                digest.update(block, 0, read);
                left -= read;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return digest.digest();
    }

    private static void requireEnd(InputStream file, long length) {
        try {
            if (file.read() >= 0) {
                throw new VerificationFailed(Check.LENGTH, "length: the file goes on after the manifest's " + length + " bytes");
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String join(List<Integer> indexes) {
        return String.join(", ", indexes.stream().map(String::valueOf).toList());
    }
}
