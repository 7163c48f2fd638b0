package dev.synthesis.engine.provenance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a generated dataset is and how it was made, as the platform signs it. It names no tenant:
 * a recipient outside the tenant may hold it. Serialised as JSON by {@link ManifestJson}; the
 * signed bytes are the JWS payload, so nothing has to be re-serialised to verify it.
 *
 * @param manifestVersion this layout's version, {@value #VERSION}
 * @param platform        the platform that signed it, e.g. {@code synthesis}
 * @param createdAt       when the manifest was built, as the job completed
 */
public record Manifest(int manifestVersion, String platform, Job job, SchemaRef schema, @Nullable ModelRef model,
        Rows rows, Output output, Scores scores, Privacy privacy, Instant createdAt) {

    public static final int VERSION = 1;

    public Manifest {
        if (output.parts().isEmpty() && (output.tables() == null || output.tables().isEmpty())) {
            throw new IllegalArgumentException("a manifest needs at least one output part or table");
        }
    }

    /** Whether the output is a multi-table dataset, checked table by table, rather than one file. */
    @JsonIgnore
    public boolean isDataset() {
        return output.tables() != null;
    }

    /**
     * @param id   the job's id
     * @param kind {@code generation} (one table) or {@code dataset} (several tables)
     */
    public record Job(UUID id, String kind) {}

    /**
     * @param sha256 hex SHA-256 of the version's canonical JSON ({@link CanonicalJson})
     */
    public record SchemaRef(UUID id, String name, int version, String sha256) {}

    /**
     * The trained model; absent when the data came from the schema alone.
     *
     * @param trainingRun the training run that fitted the model
     * @param sha256      hex SHA-256 of the model file exactly as stored
     */
    public record ModelRef(UUID trainingRun, String sha256) {}

    /**
     * The rows are a deterministic function of (model, seed, row index).
     *
     * @param seed     the generation seed
     * @param firstRow the first row index in the model's row space
     * @param count    how many rows, from {@code firstRow}
     */
    public record Rows(long seed, long firstRow, long count) {}

    /**
     * What was delivered. One table: the download is {@code parts} joined in this order and
     * {@code merkleRoot} is {@link MerkleTree#root} over their digests. A dataset of several
     * tables: {@code parts} is empty and each of {@code tables} holds its own parts and root; the
     * dataset's {@code merkleRoot} is {@link MerkleTree#root} with the tables' roots, in generation
     * order, as the leaf inputs, i.e. leaf {@code SHA-256(0x00 ‖ tableRoot)}, so one table can be
     * checked against the dataset's root with its own parts alone.
     *
     * @param format      e.g. {@code csv}, {@code jsonl}; for a dataset, the format it was ordered in
     * @param compression {@code gzip} or {@code none}
     * @param bytes       the download's length, the sum of the parts'; for a dataset, of all tables' parts
     * @param merkleRoot  hex Merkle root over the parts' digests, or over the tables' roots
     * @param tables      a dataset's tables, in generation order; absent (not in the JSON) for one table
     */
    public record Output(String format, String compression, long bytes, List<Part> parts, String merkleRoot,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Table> tables) {

        public Output {
            parts = List.copyOf(parts);
            tables = tables == null ? null : List.copyOf(tables);
        }

        public Output(String format, String compression, long bytes, List<Part> parts, String merkleRoot) {
            this(format, compression, bytes, parts, merkleRoot, null);
        }

        /** The output of these parts, with its length and Merkle root computed from them. */
        public static Output of(String format, String compression, List<Part> parts) {
            long bytes = parts.stream().mapToLong(Part::bytes).sum();
            return new Output(format, compression, bytes, parts, rootOf(parts));
        }

        /** A dataset's output: its length and root computed from its tables'. */
        public static Output ofTables(String format, String compression, List<Table> tables) {
            long bytes = tables.stream().mapToLong(Table::bytes).sum();
            return new Output(format, compression, bytes, List.of(), datasetRoot(tables), tables);
        }

        /** The table of this name, if the output is a dataset that has it. */
        public Optional<Table> table(String name) {
            return tables == null ? Optional.empty() : tables.stream().filter(table -> table.name().equals(name)).findFirst();
        }

        static String rootOf(List<Part> parts) {
            return Sha256.hex(MerkleTree.root(parts.stream().map(Part::digest).toList()));
        }

        static String datasetRoot(List<Table> tables) {
            return Sha256.hex(MerkleTree.root(tables.stream().map(table -> Sha256.fromHex(table.merkleRoot())).toList()));
        }
    }

    /**
     * One table of a dataset: its download is its parts joined in order (csv and jsonl datasets;
     * for xlsx and sql the parts hold the rows as jsonl or COPY text, from which those files are
     * assembled on download, so those files are not checked byte for byte).
     *
     * @param name       the table's name in the dataset schema
     * @param rows       how many rows it has
     * @param bytes      the sum of its parts' lengths
     * @param merkleRoot hex {@link MerkleTree#root} over its parts' digests, in order
     */
    public record Table(String name, long rows, long bytes, List<Part> parts, String merkleRoot) {

        public Table {
            parts = List.copyOf(parts);
        }

        /** The table of these parts, with its length and Merkle root computed from them. */
        public static Table of(String name, long rows, List<Part> parts) {
            return new Table(name, rows, parts.stream().mapToLong(Part::bytes).sum(), parts, Output.rootOf(parts));
        }
    }

    /**
     * @param index  position in the download, from 0
     * @param bytes  the part's length
     * @param sha256 hex SHA-256 of the part's bytes
     */
    public record Part(int index, long bytes, String sha256) {

        /** Part {@code index} from its bytes, read to the end in blocks (parts can be large). */
        public static Part of(int index, InputStream bytes) {
            return of(index, Sha256.of(bytes));
        }

        /** Part {@code index} from its bytes' digest and length. */
        public static Part of(int index, Sha256.Streamed read) {
            return new Part(index, read.bytes(), read.hex());
        }

        byte[] digest() {
            return Sha256.fromHex(sha256);
        }
    }

    /**
     * The evaluation report's scores in [0, 1], measured on the training seed; null when the job
     * was not scored (a schema-only model has no real data to compare with).
     */
    public record Scores(@Nullable Double quality, @Nullable Double privacy) {

        public static final Scores NONE = new Scores(null, null);
    }

    /**
     * The model's differential-privacy account.
     *
     * @param enabled      whether training ran with differential privacy
     * @param epsilon      the ε budget training was allowed; null without DP
     * @param delta        the δ budget; null without DP or when the model predates it
     * @param epsilonSpent the ε the training's releases spent (0 without DP)
     * @param deltaSpent   the δ they spent
     * @param notLearned   fields generated from the schema alone because their model has no private variant
     * @param ledgerEntry  the tenant budget ledger's entry for that training; null when there is none
     */
    public record Privacy(boolean enabled, @Nullable Double epsilon, @Nullable Double delta, double epsilonSpent,
            double deltaSpent, List<String> notLearned, @Nullable UUID ledgerEntry) {

        public static final Privacy OFF = new Privacy(false, null, null, 0, 0, List.of(), null);

        public Privacy {
            notLearned = List.copyOf(notLearned);
        }
    }
}
