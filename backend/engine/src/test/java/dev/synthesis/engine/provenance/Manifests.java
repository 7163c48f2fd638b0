package dev.synthesis.engine.provenance;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A three-part output and its manifest, for the provenance tests. */
public final class Manifests {

    public static final List<byte[]> PARTS = List.of(
            "id,name\n1,Ada\n2,Grace\n".getBytes(StandardCharsets.UTF_8),
            "3,Edsger\n4,Barbara\n".getBytes(StandardCharsets.UTF_8),
            "5,Donald\n".getBytes(StandardCharsets.UTF_8));

    /** A dataset's second table, in two parts; its first is {@link #PARTS}. */
    public static final List<byte[]> ORDER_PARTS = List.of(
            "id,customer\n10,1\n11,1\n".getBytes(StandardCharsets.UTF_8),
            "12,4\n".getBytes(StandardCharsets.UTF_8));

    private Manifests() {}

    public static Manifest of(List<byte[]> parts) {
        return new Manifest(Manifest.VERSION, "synthesis", new Manifest.Job(UUID.randomUUID(), "generation"),
                new Manifest.SchemaRef(UUID.randomUUID(), "people", 3, Sha256.hex(Sha256.of(new byte[] {1}))),
                new Manifest.ModelRef(UUID.randomUUID(), Sha256.hex(Sha256.of(new byte[] {2}))),
                new Manifest.Rows(42, 0, 5), Manifest.Output.of("csv", "none", described(parts)),
                new Manifest.Scores(0.91, 0.97),
                new Manifest.Privacy(true, 1.0, 1e-6, 0.98, 1e-6, List.of("notes"), null),
                Instant.parse("2026-12-05T03:00:00Z"));
    }

    /** A dataset of two tables, customers ({@link #PARTS}) and orders ({@link #ORDER_PARTS}), without DP. */
    public static Manifest dataset() {
        List<Manifest.Table> tables = List.of(Manifest.Table.of("customers", 5, described(PARTS)),
                Manifest.Table.of("orders", 3, described(ORDER_PARTS)));
        return new Manifest(Manifest.VERSION, "synthesis", new Manifest.Job(UUID.randomUUID(), "dataset"),
                new Manifest.SchemaRef(UUID.randomUUID(), "shop", 2, Sha256.hex(Sha256.of(new byte[] {3}))),
                new Manifest.ModelRef(UUID.randomUUID(), Sha256.hex(Sha256.of(new byte[] {4}))),
                new Manifest.Rows(7, 0, 8), Manifest.Output.ofTables("csv", "gzip", tables), new Manifest.Scores(0.88, 0.95),
                Manifest.Privacy.OFF, Instant.parse("2026-12-05T03:00:00Z"));
    }

    private static List<Manifest.Part> described(List<byte[]> parts) {
        List<Manifest.Part> described = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            described.add(new Manifest.Part(index, parts.get(index).length, Sha256.hex(Sha256.of(parts.get(index)))));
        }
        return described;
    }

    public static byte[] joined(List<byte[]> parts) {
        int length = parts.stream().mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    public static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException everyJdkSince15HasIt) {
            throw new IllegalStateException(everyJdkSince15HasIt);
        }
    }
}
