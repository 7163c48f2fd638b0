package dev.synthesis.app.seed;

import dev.synthesis.app.quota.TenantQuotas;
import dev.synthesis.app.quota.UsageLedger;
import dev.synthesis.app.seed.internal.StoredSeed;
import dev.synthesis.app.seed.internal.StoredSeeds;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.profile.Profile;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed feature's API. An upload is streamed to the object store, read back whole to prove it
 * is data, and only then recorded; a file that fails is removed again, so nothing half-written stays.
 */
@Service
public class SeedLibrary {

    private static final int SNIFF_BYTES = 64;
    private static final int LISTED_ERRORS = 1_000;

    private final StoredSeeds seeds;
    private final ObjectStorage storage;
    private final SeedContent content;
    private final SeedLimits limits;
    private final TenantQuotas quotas;
    private final UsageLedger usage;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SeedLibrary(StoredSeeds seeds, ObjectStorage storage, SeedContent content, SeedLimits limits, TenantQuotas quotas,
            UsageLedger usage, TransactionTemplate transactions, Clock clock) {
        this.seeds = seeds;
        this.storage = storage;
        this.content = content;
        this.limits = limits;
        this.quotas = quotas;
        this.usage = usage;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SeedView upload(String fileName, long size, InputStream upload, String actor) {
        String name = UploadNames.clean(fileName);
        long maxBytes = quotas.current().maxSeedBytes();
        if (size > maxBytes) {
            throw new SeedTooLarge(size, maxBytes);
        }
        if (size == 0) {
            throw new UnreadableSeed(name + ": the file is empty");
        }
        usage.checkStorage(size);
        UUID id = UUID.randomUUID();
        ObjectKey key = ObjectKeys.seed(id);
        BufferedInputStream stream = new BufferedInputStream(upload);
        SeedFormat format = SeedFormat.detect(name, peek(stream));
        storage.put(key, stream, size, "application/octet-stream");
        try {
            Table table = checked(content.read(key, name, format, size), name);
            // the seed is recorded in the transaction that counts its bytes: refused, neither remains
            return view(transactions.execute(status -> {
                usage.reserveStorage(size);
                return seeds.save(new StoredSeed(id, TenantContext.require().value(), name, format.name(), size,
                        key.value(), table.rowCount(), table.columns().size(), clock.instant(), actor));
            }));
        } catch (RuntimeException failed) {
            storage.delete(key);
            throw failed;
        }
    }

    public Page<SeedView> list(Pageable pageable) {
        return seeds.findAll(pageable).map(SeedLibrary::view);
    }

    public SeedView get(SeedId id) {
        return view(find(id));
    }

    /**
     * Removes the record first, with its bytes taken off the tenant's storage in the same transaction:
     * if training runs still refer to the seed, nothing is removed at all.
     */
    public void delete(SeedId id) {
        StoredSeed seed = find(id);
        try {
            transactions.executeWithoutResult(status -> {
                seeds.delete(seed);
                usage.releaseStorage(seed.sizeBytes());
            });
        } catch (DataIntegrityViolationException referenced) {
            throw new SeedInUse(id);
        }
        storage.delete(new ObjectKey(seed.objectKey()));
    }

    public SeedProfile profile(SeedId id) {
        StoredSeed seed = find(id);
        Table raw = read(seed);
        Profile profile = Profiler.profile(raw, baseName(seed.fileName()));
        List<List<String>> preview = raw.rows().stream().limit(limits.previewRows())
                .map(row -> Arrays.stream(row).map(value -> (String) value).toList())
                .toList();
        return new SeedProfile(view(seed), profile.schema(), profile.fields(), raw.columns(), preview);
    }

    /** The seed as typed rows of the schema (rows that break it left out), for training and evaluation. */
    public TypedTable typed(SeedId id, DataSchema schema) {
        return TableTyping.type(read(id), schema);
    }

    /** The seed as read, every value the text of the file: for what must look at values a schema would reject. */
    public Table read(SeedId id) {
        return read(find(id));
    }

    public SeedValidation validate(SeedId id, DataSchema schema) {
        Table raw = read(find(id));
        TypedTable typed = TableTyping.type(raw, schema);
        List<String> fields = schema.fields().stream().map(field -> field.name()).toList();
        List<String> missing = fields.stream().filter(field -> raw.columns().stream().noneMatch(field::equalsIgnoreCase)).toList();
        List<String> ignored = raw.columns().stream().filter(column -> fields.stream().noneMatch(column::equalsIgnoreCase)).toList();
        return new SeedValidation(raw.rowCount(), typed.rows().rowCount(), typed.rejectedRows(), missing, ignored,
                typed.errors().stream().limit(LISTED_ERRORS).toList(), LISTED_ERRORS);
    }

    private Table read(StoredSeed seed) {
        return content.read(new ObjectKey(seed.objectKey()), seed.fileName(), SeedFormat.valueOf(seed.format()),
                seed.sizeBytes());
    }

    private StoredSeed find(SeedId id) {
        return seeds.findById(id.value()).orElseThrow(() -> new SeedNotFound(id));
    }

    private static Table checked(Table table, String fileName) {
        if (table.columns().isEmpty()) {
            throw new UnreadableSeed(fileName + ": the file holds no data (no columns and no rows)");
        }
        if (table.rowCount() == 0) {
            List<String> columns = table.columns();
            String named = String.join(", ", columns.subList(0, Math.min(columns.size(), 5))) + (columns.size() > 5 ? ", …" : "");
            throw new UnreadableSeed(fileName + ": the file has column names (" + named + ") but no data rows");
        }
        return table;
    }

    private static byte[] peek(BufferedInputStream stream) {
        try {
            stream.mark(SNIFF_BYTES);
            byte[] head = stream.readNBytes(SNIFF_BYTES);
            stream.reset();
            return head;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static SeedView view(StoredSeed seed) {
        return new SeedView(new SeedId(seed.id()), seed.fileName(), seed.format(), seed.sizeBytes(), seed.rowCount(),
                seed.columnCount(), seed.createdAt(), seed.createdBy());
    }
}
