package dev.synthesis.app.seed.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Metadata of an uploaded seed; its bytes are in the object store under {@link #objectKey()}. */
@Entity
@Table(name = "seeds")
public class StoredSeed {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String format;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "object_key", nullable = false)
    private String objectKey;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "column_count", nullable = false)
    private int columnCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected StoredSeed() {}

    public StoredSeed(UUID id, String tenantId, String fileName, String format, long sizeBytes, String objectKey,
            long rowCount, int columnCount, Instant createdAt, String createdBy) {
        this.id = id;
        this.tenantId = tenantId;
        this.fileName = fileName;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.objectKey = objectKey;
        this.rowCount = rowCount;
        this.columnCount = columnCount;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String objectKey() {
        return objectKey;
    }

    public long rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columnCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
