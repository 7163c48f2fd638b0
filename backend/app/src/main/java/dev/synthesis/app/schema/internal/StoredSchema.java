package dev.synthesis.app.schema.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Formula;

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

    @Column(name = "source_seed_id", updatable = false)
    private UUID sourceSeedId;

    /** Who saved the current version: read from that version's row, so the head needs no copy of it. */
    @Formula("(select v.created_by from data_schema_versions v where v.schema_id = id and v.version = current_version)")
    private String updatedBy;

    protected StoredSchema() {}

    /** @param sourceSeedId the seed the schema was detected from, or null when designed from scratch */
    public StoredSchema(UUID id, String tenantId, UUID sourceSeedId, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.sourceSeedId = sourceSeedId;
        this.createdAt = now;
    }

    /** Moves the head to a new version; the caller records the same definition as a {@link SchemaVersion}. */
    public void advance(int version, String name, String description, String domain, String definition, String actor,
            Instant now) {
        this.currentVersion = version;
        this.updatedBy = actor;
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

    public UUID sourceSeedId() {
        return sourceSeedId;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
