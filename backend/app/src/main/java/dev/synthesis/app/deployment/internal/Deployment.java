package dev.synthesis.app.deployment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A schema version deployed to produce one batch a day. */
@Entity
@Table(name = "deployments")
public class Deployment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "schema_id", nullable = false)
    private UUID schemaId;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(name = "records_per_day", nullable = false)
    private long recordsPerDay;

    private int days;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    private long seed;
    private String format;
    private boolean gzip;

    @Column(name = "date_field")
    private String dateField;

    @Column(name = "next_day", nullable = false)
    private int nextDay;

    private String status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Deployment() {}

    public Deployment(DeploymentPlan plan, String tenantId, String createdBy, Instant createdAt) {
        this.id = plan.id();
        this.tenantId = tenantId;
        this.schemaId = plan.schemaId();
        this.schemaVersion = plan.schemaVersion();
        this.recordsPerDay = plan.recordsPerDay();
        this.days = plan.days();
        this.startDate = plan.startDate();
        this.seed = plan.seed();
        this.format = plan.format();
        this.gzip = plan.gzip();
        this.dateField = plan.dateField();
        this.status = "ACTIVE";
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes the next day; the caller produces its batch. */
    public int takeNextDay() {
        int day = nextDay++;
        if (nextDay >= days) {
            status = "FINISHED";
        }
        return day;
    }

    /** Gives a day back when its batch could not be started. */
    public void returnDay() {
        nextDay--;
        status = "ACTIVE";
    }

    public boolean finished() {
        return "FINISHED".equals(status);
    }

    public LocalDate dateOf(int day) {
        return startDate.plusDays(day);
    }

    public UUID id() {
        return id;
    }

    public UUID schemaId() {
        return schemaId;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public long recordsPerDay() {
        return recordsPerDay;
    }

    public int days() {
        return days;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public long seed() {
        return seed;
    }

    public String format() {
        return format;
    }

    public boolean gzip() {
        return gzip;
    }

    public String dateField() {
        return dateField;
    }

    public int nextDay() {
        return nextDay;
    }

    public String status() {
        return status;
    }
}
