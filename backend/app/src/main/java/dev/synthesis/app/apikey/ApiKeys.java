package dev.synthesis.app.apikey;

import dev.synthesis.app.apikey.internal.ApiKeySecret;
import dev.synthesis.app.apikey.internal.StoredApiKey;
import dev.synthesis.app.apikey.internal.StoredApiKeys;
import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The tenant's API keys: created (the secret shown once), listed, revoked; creation and revocation are audited. */
@Service
public class ApiKeys {

    /** Working (neither revoked nor expired) keys a tenant may have at once. */
    private static final int MAX_ACTIVE = 50;

    /** Prefixes are random, 36^8 of them: a clash is rare enough that one more try settles it. */
    private static final int ATTEMPTS = 3;

    private final StoredApiKeys keys;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiKeys(StoredApiKeys keys, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CreatedApiKey create(ApiKeyRequest request, String creator) {
        for (int attempt = 1; ; attempt++) {
            ApiKeySecret secret = ApiKeySecret.generate();
            try {
                return transactions.execute(status -> CreatedApiKey.of(insert(secret, request, creator), secret.value()));
            } catch (DataIntegrityViolationException prefixTaken) {
                if (attempt == ATTEMPTS) {
                    throw prefixTaken;
                }
            }
        }
    }

    /** Every key of the tenant, revoked and expired ones included, newest first. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> list() {
        Instant now = clock.instant();
        return keys.findAllByOrderByCreatedAtDescIdDesc().stream().map(key -> view(key, now)).toList();
    }

    /** How many of the tenant's keys work now: neither revoked nor expired. */
    @Transactional(readOnly = true)
    public long activeCount() {
        return keys.countActive(clock.instant());
    }

    /** Revokes a key at once; revoking it again changes nothing. */
    @Transactional
    public void revoke(UUID id, String revoker) {
        StoredApiKey key = keys.findById(id).orElseThrow(() -> new ApiKeyNotFound(id));
        if (keys.revoke(id, clock.instant(), revoker) == 1) {
            audit.record("api-key.revoked", key.prefix(), described(key));
        }
    }

    private ApiKeyView insert(ApiKeySecret secret, ApiKeyRequest request, String creator) {
        // PostgreSQL keeps microseconds: the answer shows the time as every later listing will
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (keys.countActive(now) >= MAX_ACTIVE) {
            throw new ApiKeyLimitReached(MAX_ACTIVE);
        }
        String[] scopes = request.scopes().stream().sorted().map(ApiKeyScope::value).toArray(String[]::new);
        StoredApiKey key = keys.save(new StoredApiKey(UUID.randomUUID(), TenantContext.require().value(), request.name().strip(),
                secret, scopes, now, creator, request.expiresAt()));
        audit.record("api-key.created", key.prefix(), described(key));
        return view(key, now);
    }

    private static Map<String, Object> described(StoredApiKey key) {
        return Map.of("name", key.name(), "scopes", List.of(key.scopes()));
    }

    private static ApiKeyView view(StoredApiKey key, Instant now) {
        List<ApiKeyScope> scopes = Arrays.stream(key.scopes()).map(ApiKeyScope::of).toList();
        return new ApiKeyView(key.id(), key.name(), key.prefix(), scopes, key.createdAt(), key.createdBy(), key.expiresAt(),
                key.lastUsedAt(), key.revokedAt(), ApiKeyStatus.of(key.revokedAt(), key.expiresAt(), now));
    }
}
