package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantStatus;
import dev.synthesis.app.tenancy.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the tenant directory. New rows are inserted by {@link TenantRecords#insertIfAbsent}, never merged. */
@Entity
@Table(name = "tenants")
public class TenantRecord {

    @Id
    private String id;

    private String name;

    @Convert(converter = TenantStatusColumn.class)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_by")
    private String suspendedBy;

    protected TenantRecord() {}

    /** Suspending a suspended tenant keeps who suspended it first, and when. */
    public void suspend(String admin, Instant now) {
        if (status == TenantStatus.SUSPENDED) {
            return;
        }
        status = TenantStatus.SUSPENDED;
        suspendedAt = now;
        suspendedBy = admin;
    }

    public void resume() {
        status = TenantStatus.ACTIVE;
        suspendedAt = null;
        suspendedBy = null;
    }

    public TenantView view() {
        return new TenantView(new TenantId(id), name, status, createdAt, createdBy, suspendedAt, suspendedBy);
    }
}
