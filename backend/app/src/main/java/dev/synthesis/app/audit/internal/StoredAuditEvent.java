package dev.synthesis.app.audit.internal;

import dev.synthesis.app.audit.ActorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** An audit event as stored; the app's role may insert and read events, never change them. */
@Entity
@Immutable
@Table(name = "audit_events")
public class StoredAuditEvent {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private ActorKind actorKind;

    @Column(nullable = false)
    private String action;

    private String target;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String details;

    @Column(name = "source_ip", columnDefinition = "inet")
    @ColumnTransformer(write = "?::inet")
    private String sourceIp;

    protected StoredAuditEvent() {}

    public StoredAuditEvent(UUID id, String tenantId, Instant at, String actor, ActorKind actorKind, String action, String target,
            String details, String sourceIp) {
        this.id = id;
        this.tenantId = tenantId;
        this.at = at;
        this.actor = actor;
        this.actorKind = actorKind;
        this.action = action;
        this.target = target;
        this.details = details;
        this.sourceIp = sourceIp;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public ActorKind actorKind() {
        return actorKind;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String details() {
        return details;
    }

    public String sourceIp() {
        return sourceIp;
    }
}
