package dev.synthesis.app.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.support.TestPlatform;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table sink on its own, on the app role's connection with the tenant set as a partition's
 * transaction sets it, writing row ranges of one real job far beyond the job's own rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableSinkIT extends IntegrationTest {

    private static final int CHUNK = 100;
    /** Each test writes rows from its own multiple of this on. */
    private static final long RANGE = 1_000_000;
    private static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.of("name", FieldType.STRING), FieldDefinition.of("count", FieldType.INTEGER),
            FieldDefinition.of("share", FieldType.NUMBER), FieldDefinition.of("active", FieldType.BOOLEAN),
            FieldDefinition.of("day", FieldType.DATE));

    private final JsonMapper json = JsonMapper.builder().build();
    private JobColumns acmeJob;

    @BeforeAll
    void givenAFinishedJobOfAcme() throws SQLException {
        Api alice = as("alice");
        String id = Jobs.seeded(alice, "TableSink", 50).generate(alice, "\"rows\": 10, \"sink\": \"table\", \"seed\": 1");
        Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");
        Map<String, Object> job = TenantSql.rows("acme", "select schema_id, schema_version from generation_jobs where id = ?",
                UUID.fromString(id)).getFirst();
        acmeJob = new JobColumns(UUID.fromString(id), "acme", (UUID) job.get("schema_id"), (int) job.get("schema_version"),
                new BigDecimal("0.5000"), null);
    }

    @Test
    void writesEveryRowAsTheJsonOfItsFieldsWhateverItsCharacters() throws SQLException {
        long first = 1_000_000;
        Object[] tricky = {"back\\slash\ttab\nnew line \"quoted\" ünï ✓ \r", 42L, -0.125, true, LocalDate.of(2024, 2, 29)};
        Object[] empty = {null, Long.MIN_VALUE, 1e300, false, null};

        try (Connection connection = asTenant("acme")) {
            try (TableSink sink = new TableSink(connection, acmeJob, FIELDS, first, 2 * CHUNK + 1, json, CHUNK)) {
                for (int i = 0; i < 2 * CHUNK + 1; i++) {
                    sink.accept(i == CHUNK ? empty : tricky);
                }
            }
            connection.commit();
        }

        List<Map<String, Object>> rows = TenantSql.rows("acme", """
                select row_index, data = cast(? as jsonb) as tricky, data = cast(? as jsonb) as empty, quality_score,
                    privacy_score
                from synthetic_data where generation_job_id = ? and row_index >= ? and row_index < ? order by row_index""",
                json.writeValueAsString(asMap(tricky)), json.writeValueAsString(asMap(empty)), acmeJob.job(), first, first + RANGE);
        assertThat(rows).hasSize(2 * CHUNK + 1);
        assertThat(rows.getFirst().get("row_index")).isEqualTo(first);
        assertThat(rows.getLast().get("row_index")).isEqualTo(first + 2 * CHUNK);
        assertThat(rows).filteredOn(row -> row.get("tricky").equals(true)).hasSize(2 * CHUNK);
        assertThat(rows.get(CHUNK).get("empty")).isEqualTo(true);
        assertThat(rows.getFirst().get("quality_score")).isEqualTo(new BigDecimal("0.5000"));
        assertThat(rows.getFirst().get("privacy_score")).isNull();
    }

    /** A partition's cancellation checks and progress use its connection between rows. */
    @Test
    void leavesTheConnectionFreeForOtherStatementsBetweenRows() throws SQLException {
        long first = 4_000_000;

        try (Connection connection = asTenant("acme")) {
            try (TableSink sink = new TableSink(connection, acmeJob, FIELDS, first, 3 * CHUNK, json, CHUNK)) {
                for (int i = 0; i < 3 * CHUNK; i++) {
                    sink.accept(new Object[] {"x", (long) i, 1.0, true, null});
                    try (PreparedStatement other = connection.prepareStatement("select 1")) {
                        other.execute();
                    }
                }
            }
            connection.commit();
        }

        assertThat(TenantSql.rows("acme", "select 1 from synthetic_data where generation_job_id = ? and row_index >= ? and row_index < ?",
                acmeJob.job(), first, first + RANGE)).hasSize(3 * CHUNK);
    }

    @Test
    void aPartitionThatFailsMidwayLeavesNoRows() throws SQLException {
        long first = 2_000_000;
        Object[] row = {"x", 1L, 1.0, true, null};

        try (Connection connection = asTenant("acme")) {
            assertThatThrownBy(() -> {
                try (TableSink sink = new TableSink(connection, acmeJob, FIELDS, first, 10 * CHUNK, json, CHUNK)) {
                    for (int i = 0; i < 2 * CHUNK + CHUNK / 2; i++) {
                        sink.accept(row);
                    }
                    throw new IllegalStateException("the partition died");
                }
            }).hasMessage("the partition died");
            connection.rollback();
        }

        assertThat(TenantSql.rows("acme", "select 1 from synthetic_data where generation_job_id = ? and row_index >= ? and row_index < ?",
                acmeJob.job(), first, first + RANGE)).isEmpty();
    }

    @Test
    void refusesRowsLabelledWithAnotherTenantThanTheTransactions() throws SQLException {
        JobColumns forgedTenant = new JobColumns(acmeJob.job(), "globex", acmeJob.schemaId(), acmeJob.schemaVersion(), null, null);

        try (Connection connection = asTenant("acme")) {
            assertThatThrownBy(() -> {
                try (TableSink sink = new TableSink(connection, forgedTenant, FIELDS, 3_000_000, 1, json, CHUNK)) {
                    sink.accept(new Object[] {"x", 1L, 1.0, true, null});
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    private Map<String, Object> asMap(Object[] row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            map.put(FIELDS.get(i).name(), row[i]);
        }
        return map;
    }

    /** The app role's connection in a transaction with the tenant set, as a partition's step has it. */
    private static Connection asTenant(String tenant) throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"), env.get("SYNTHESIS_DB_APP_USER"),
                env.get("SYNTHESIS_DB_APP_PASSWORD"));
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
        return connection;
    }
}
