package dev.synthesis.app.seed.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's seeds (row-level security scopes every query). */
public interface StoredSeeds extends Repository<StoredSeed, UUID> {

    StoredSeed save(StoredSeed seed);

    Optional<StoredSeed> findById(UUID id);

    Page<StoredSeed> findAll(Pageable pageable);

    void delete(StoredSeed seed);
}
