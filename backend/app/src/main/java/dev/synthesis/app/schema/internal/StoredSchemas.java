package dev.synthesis.app.schema.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Live schemas of the current tenant (row-level security scopes every query to it). */
public interface StoredSchemas extends Repository<StoredSchema, UUID> {

    StoredSchema save(StoredSchema schema);

    @Query("select s from StoredSchema s where s.id = :id and s.deletedAt is null")
    Optional<StoredSchema> findLive(UUID id);

    /** Locks the row so two edits of one schema are serialised and the second sees the first's version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StoredSchema s where s.id = :id and s.deletedAt is null")
    Optional<StoredSchema> lockLive(UUID id);

    /** Shares the lock a delete waits for, so the schema stays live while the caller's transaction builds on it. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from StoredSchema s where s.id = :id and s.deletedAt is null")
    Optional<StoredSchema> shareLive(UUID id);

    @Query("select s from StoredSchema s where s.deletedAt is null")
    Page<StoredSchema> findAllLive(Pageable pageable);

    @Query("select s from StoredSchema s where s.id in :ids and s.deletedAt is null")
    List<StoredSchema> findAllLive(Collection<UUID> ids);

    /** The schemas' current names, deleted schemas included: what was made from them outlives them. */
    @Query("select new dev.synthesis.app.schema.internal.SchemaName(s.id, s.name) from StoredSchema s where s.id in :ids")
    List<SchemaName> names(Collection<UUID> ids);

    @Query("select count(s) > 0 from StoredSchema s where lower(s.name) = lower(:name) and s.deletedAt is null and s.id <> :except")
    boolean nameTakenByOther(String name, UUID except);
}
