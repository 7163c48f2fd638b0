package dev.synthesis.app.quota.internal;

import dev.synthesis.app.quota.QuotaUpdate;
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

    @Column(name = "rows_per_day")
    private Long rowsPerDay;

    @Column(name = "rows_per_month")
    private Long rowsPerMonth;

    @Column(name = "rows_per_job")
    private Long rowsPerJob;

    @Column(name = "concurrent_jobs")
    private Long concurrentJobs;

    @Column(name = "storage_bytes")
    private Long storageBytes;

    @Column(name = "table_rows")
    private Long tableRows;

    @Column(name = "requests_per_minute_per_key")
    private Long requestsPerMinutePerKey;

    @Column(name = "requests_per_minute_per_tenant")
    private Long requestsPerMinutePerTenant;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredQuota() {}

    public StoredQuota(String tenantId) {
        this.tenantId = tenantId;
    }

    public void set(QuotaUpdate limits, String admin, Instant now) {
        maxSeedBytes = limits.maxSeedBytes();
        rowsPerDay = limits.rowsPerDay();
        rowsPerMonth = limits.rowsPerMonth();
        rowsPerJob = limits.rowsPerJob();
        concurrentJobs = limits.concurrentJobs();
        storageBytes = limits.storageBytes();
        tableRows = limits.tableRows();
        requestsPerMinutePerKey = limits.requestsPerMinutePerKey();
        requestsPerMinutePerTenant = limits.requestsPerMinutePerTenant();
        updatedBy = admin;
        updatedAt = now;
    }

    public QuotaUpdate limits() {
        return new QuotaUpdate(maxSeedBytes, rowsPerDay, rowsPerMonth, rowsPerJob, concurrentJobs, storageBytes, tableRows,
                requestsPerMinutePerKey, requestsPerMinutePerTenant);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
