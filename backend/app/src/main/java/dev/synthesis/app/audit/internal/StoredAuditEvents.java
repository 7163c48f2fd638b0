package dev.synthesis.app.audit.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Audit events, as row-level security lets the current transaction see them. */
public interface StoredAuditEvents extends Repository<StoredAuditEvent, UUID> {

    StoredAuditEvent save(StoredAuditEvent event);

    Page<StoredAuditEvent> findByTenantIdOrderByAtDescIdDesc(String tenantId, Pageable pageable);

    Page<StoredAuditEvent> findAllByOrderByAtDescIdDesc(Pageable pageable);
}
