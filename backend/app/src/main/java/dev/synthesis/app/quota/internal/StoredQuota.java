package dev.synthesis.app.quota.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's own limits; a null limit means the platform default. */
@Entity
@Table(name = "tenant_quotas")
public class StoredQuota {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "max_seed_bytes")
    private Long maxSeedBytes;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredQuota() {}

    public StoredQuota(String tenantId) {
        this.tenantId = tenantId;
    }

    public void set(Long seedBytes, String admin, Instant now) {
        maxSeedBytes = seedBytes;
        updatedBy = admin;
        updatedAt = now;
    }

    public Long maxSeedBytes() {
        return maxSeedBytes;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
