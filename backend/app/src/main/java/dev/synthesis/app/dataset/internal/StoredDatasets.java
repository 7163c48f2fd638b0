package dev.synthesis.app.dataset.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Live datasets of the current tenant (row-level security scopes every query to it). */
public interface StoredDatasets extends Repository<StoredDataset, UUID> {

    StoredDataset save(StoredDataset dataset);

    @Query("select d from StoredDataset d where d.id = :id and d.deletedAt is null")
    Optional<StoredDataset> findLive(UUID id);

    /** Locks the row so two edits of one dataset are serialised and the second builds on the first's version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from StoredDataset d where d.id = :id and d.deletedAt is null")
    Optional<StoredDataset> lockLive(UUID id);

    @Query(value = "select d from StoredDataset d where d.deletedAt is null",
            countQuery = "select count(d) from StoredDataset d where d.deletedAt is null")
    Page<StoredDataset> findAllLive(Pageable pageable);

    @Query("select count(d) > 0 from StoredDataset d where lower(d.name) = lower(:name) and d.deletedAt is null and d.id <> :except")
    boolean nameTakenByOther(String name, UUID except);

    /** Names of the live datasets that have this schema as one of their tables. */
    @Query("select distinct d.name from StoredDataset d join d.tables t where t.schemaId = :schemaId and d.deletedAt is null")
    List<String> namesUsing(UUID schemaId);
}
