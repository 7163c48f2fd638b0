package dev.synthesis.app.schema.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One immutable version of a schema's definition. */
@Entity
@Immutable
@Table(name = "data_schema_versions")
public class SchemaVersion {

    @Embeddable
    public record Key(@Column(name = "schema_id") UUID schemaId, @Column(name = "version") int version)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "schema_definition", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected SchemaVersion() {}

    public SchemaVersion(Key key, String tenantId, String definition, Instant createdAt, String createdBy) {
        this.key = key;
        this.tenantId = tenantId;
        this.definition = definition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int version() {
        return key.version();
    }

    public String definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
