package dev.synthesis.app.dataset.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;

/** A dataset of the tenant: its tables (links to schemas, in order) and the relationships between them as JSON. */
@Entity
@Table(name = "datasets")
public class StoredDataset {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private String name;
    private String description;
    private String domain;

    @Column(nullable = false)
    private int version;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String relationships;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dataset_tables", joinColumns = @JoinColumn(name = "dataset_id"))
    @OrderColumn(name = "position")
    // a page of datasets loads its tables in a few queries, not one per dataset
    @BatchSize(size = 50)
    private List<TableLink> tables = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected StoredDataset() {}

    public StoredDataset(UUID id, String tenantId, String actor, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.createdBy = actor;
        this.createdAt = now;
    }

    /** Moves the dataset to its next version (the first on creation) with this content. */
    public void advance(String name, String description, String domain, List<TableLink> tables, String relationships,
            String actor, Instant now) {
        this.version++;
        this.name = name;
        this.description = description;
        this.domain = domain;
        this.tables.clear();
        this.tables.addAll(tables);
        this.relationships = relationships;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void markDeleted(Instant now) {
        this.deletedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String domain() {
        return domain;
    }

    public int version() {
        return version;
    }

    public List<TableLink> tables() {
        return List.copyOf(tables);
    }

    public String relationships() {
        return relationships;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
