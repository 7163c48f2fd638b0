package dev.synthesis.app.apikey.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's API keys (row-level security scopes every query). */
public interface StoredApiKeys extends Repository<StoredApiKey, UUID> {

    StoredApiKey save(StoredApiKey key);

    Optional<StoredApiKey> findById(UUID id);

    List<StoredApiKey> findAllByOrderByCreatedAtDescIdDesc();

    @Query("select count(k) from StoredApiKey k where k.revokedAt is null and (k.expiresAt is null or k.expiresAt > :now)")
    long countActive(Instant now);

    /** Revokes a key unless it already was; 1 if this call revoked it. */
    @Modifying
    @Query("update StoredApiKey k set k.revokedAt = :now, k.revokedBy = :revoker where k.id = :id and k.revokedAt is null")
    int revoke(UUID id, Instant now, String revoker);

    /** Records a use at most once a minute, so busy keys do not write on every request. */
    @Modifying
    @Query("""
            update StoredApiKey k set k.lastUsedAt = :now
            where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :minuteAgo)""")
    int markUsed(UUID id, Instant now, Instant minuteAgo);
}
