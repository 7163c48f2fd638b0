package dev.synthesis.app.schema.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The live head of a schema: its current definition and version number; history is in {@link SchemaVersion}. */
@Entity
@Table(name = "data_schemas")
public class StoredSchema {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private String name;
    private String description;
    private String domain;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "schema_definition", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected StoredSchema() {}

    public StoredSchema(UUID id, String tenantId, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.createdAt = now;
    }

    /** Moves the head to a new version; the caller records the same definition as a {@link SchemaVersion}. */
    public void advance(int version, String name, String description, String domain, String definition, Instant now) {
        this.currentVersion = version;
        this.name = name;
        this.description = description;
        this.domain = domain;
        this.definition = definition;
        this.updatedAt = now;
    }

    public void markDeleted(Instant now) {
        this.deletedAt = now;
    }

    public UUID id() {
        return id;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
