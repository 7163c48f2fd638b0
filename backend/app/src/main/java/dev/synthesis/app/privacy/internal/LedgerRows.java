package dev.synthesis.app.privacy.internal;

import dev.synthesis.app.audit.Actor;
import dev.synthesis.app.audit.ActorKind;
import dev.synthesis.app.privacy.PrivacyLedgerEntry;
import dev.synthesis.app.privacy.PrivacySpend;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.training.PrivateTraining;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ledger's entries ({@code privacy_ledger_entries}) under row-level security, in the caller's transaction. */
@Component
public class LedgerRows {

    private static final String ENTRY_COLUMNS =
            "id, training_run_id, epsilon, delta, mechanism, spent_by, spent_by_kind, spent_at, seed_read_at, given_back_at";

    private final JdbcTemplate jdbc;

    LedgerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the seed's entries spent together, given-back ones left out (basic composition: plain sums). */
    public Amounts spent(SeedId seed) {
        return jdbc.queryForObject("""
                select coalesce(sum(epsilon), 0), coalesce(sum(delta), 0) from privacy_ledger_entries
                where seed_id = ? and given_back_at is null""",
                (row, number) -> new Amounts(row.getBigDecimal(1), row.getBigDecimal(2)), seed.value());
    }

    public void add(TenantId tenant, PrivateTraining training, Amounts charged, Actor actor, Instant at) {
        jdbc.update("""
                insert into privacy_ledger_entries (id, tenant_id, seed_id, training_run_id, epsilon, delta, spent_by, spent_by_kind, spent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), tenant.value(), training.seed().value(), training.run().value(), charged.epsilon(), charged.delta(),
                actor.name(), actor.kind().name(), Timestamp.from(at));
    }

    /** The seed's entries, newest first. */
    public List<PrivacyLedgerEntry> entries(SeedId seed) {
        return jdbc.query("select " + ENTRY_COLUMNS + " from privacy_ledger_entries where seed_id = ? order by spent_at desc, id",
                LedgerRows::entry, seed.value());
    }

    /** Marks the run's charge as standing for good; a no-op for a run without one, or marked before. */
    public void seedRead(UUID run, Instant at) {
        jdbc.update("update privacy_ledger_entries set seed_read_at = ? where training_run_id = ? and seed_read_at is null"
                + " and given_back_at is null", Timestamp.from(at), run);
    }

    /** Gives the run's charge back unless its seed was read. */
    public void giveBackUnread(UUID run, Instant at) {
        jdbc.update("update privacy_ledger_entries set given_back_at = ? where training_run_id = ? and seed_read_at is null"
                + " and given_back_at is null", Timestamp.from(at), run);
    }

    public void mechanism(UUID run, String mechanism) {
        jdbc.update("update privacy_ledger_entries set mechanism = ? where training_run_id = ?", mechanism, run);
    }

    public Optional<PrivacySpend> spendOf(UUID run) {
        return jdbc.query("""
                select id, epsilon, delta, spent_at, spent_by from privacy_ledger_entries
                where training_run_id = ? and given_back_at is null""",
                (row, number) -> new PrivacySpend(row.getObject(1, UUID.class), row.getDouble(2), row.getDouble(3),
                        instant(row, 4), row.getString(5)), run).stream().findFirst();
    }

    private static PrivacyLedgerEntry entry(ResultSet row, int number) throws SQLException {
        return new PrivacyLedgerEntry(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getDouble(3), row.getDouble(4),
                row.getString(5), row.getString(6), ActorKind.valueOf(row.getString(7)), instant(row, 8),
                instant(row, 9), instant(row, 10));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
