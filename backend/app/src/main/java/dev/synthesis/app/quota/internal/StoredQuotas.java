package dev.synthesis.app.quota.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's quota row (row-level security shows no other). */
public interface StoredQuotas extends Repository<StoredQuota, String> {

    StoredQuota save(StoredQuota quota);

    Optional<StoredQuota> findById(String tenantId);
}
