package dev.synthesis.app.apikey.internal;

import dev.synthesis.app.apikey.ApiKeyScope;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the key behind a bearer token on every request, straight from the database: nothing is
 * cached, so a revocation on any instance refuses the key's next request everywhere. The lookup
 * runs before a tenant is known, through the one database function made for it (see V17).
 */
@Component
public class ApiKeyLookup {

    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final StoredApiKeys keys;
    private final TransactionTemplate transactions;

    ApiKeyLookup(JdbcClient jdbc, StoredApiKeys keys, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.transactions = transactions;
    }

    public Optional<KeyOnRecord> find(ApiKeySecret key) {
        return jdbc.sql("select id, tenant_id, scopes, expires_at, revoked_at from api_key_for_authentication(?, ?)")
                .params(key.prefix(), key.hash())
                .query((row, number) -> new KeyOnRecord(row.getObject("id", UUID.class), new TenantId(row.getString("tenant_id")),
                        scopes(row.getArray("scopes")), instant(row, "expires_at"), instant(row, "revoked_at")))
                .optional();
    }

    /** Records that the key was used now, as its tenant, unless that was recorded less than a minute ago. */
    public void markUsed(KeyOnRecord key, Instant now) {
        TenantContext.callAs(key.tenant(), () -> transactions.execute(status ->
                keys.markUsed(key.id(), now, now.minus(USE_RESOLUTION))));
    }

    private static Set<ApiKeyScope> scopes(Array stored) throws SQLException {
        return Arrays.stream((String[]) stored.getArray()).map(ApiKeyScope::of).collect(Collectors.toUnmodifiableSet());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
