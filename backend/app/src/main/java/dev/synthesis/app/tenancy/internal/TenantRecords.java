package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The tenants the current transaction may see: its own tenant's row, or every row in a transaction
 * begun inside {@code TenantContext.callAsPlatformAdmin} (see migration V19).
 */
public interface TenantRecords extends Repository<TenantRecord, String> {

    Optional<TenantRecord> findById(String id);

    List<TenantRecord> findAllByOrderByIdAsc();

    @Query("select t.status from TenantRecord t where t.id = :id")
    Optional<TenantStatus> findStatusById(String id);

    /**
     * Adds a tenant unless its id is taken; answers how many rows it added (0 or 1). Not {@code save}:
     * with an assigned id that would merge, and so overwrite an existing tenant of the same id.
     */
    @Modifying
    @Query(value = """
            insert into tenants (id, name, created_at, created_by) values (:id, :name, :createdAt, :createdBy)
            on conflict (id) do nothing""", nativeQuery = true)
    int insertIfAbsent(String id, String name, Instant createdAt, String createdBy);
}
