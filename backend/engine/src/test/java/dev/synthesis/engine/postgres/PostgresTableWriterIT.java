package dev.synthesis.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed export against a real PostgreSQL, each test with a table of its own. */
class PostgresTableWriterIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void loadsRowsIntoColumnsOfTheSchemasTypes() throws SQLException {
        try (Connection connection = transaction()) {
            try (PostgresTableWriter writer = PostgresTableWriter.create(connection, "typed", TableDefinitionTest.ORDERS, false)) {
                writer.accept(new Object[] {1L, 12.5, 0.25, "tab\there \\ ü", "A", true, LocalDate.of(2024, 2, 29),
                    LocalDateTime.of(2024, 2, 29, 13, 45, 1), "{\"k\": [1, 2]}"});
                writer.accept(new Object[] {2L, null, Double.NaN, "x", null, false, null, null, null});
            }
            connection.commit();
        }

        List<List<Object>> rows = query("""
                select id, amount, share::text, "customer ""vip""\", code, paid, day::text, at::text, extra->'k'->>1,
                    pg_typeof(amount)::text
                from typed order by id""");
        assertThat(rows.getFirst()).containsExactly(1L, new BigDecimal("12.50"), "0.25", "tab\there \\ ü", "A", true,
                "2024-02-29", "2024-02-29 13:45:01", "2", "numeric");
        assertThat(rows.get(1)).containsExactly(2L, null, "NaN", "x", null, false, null, null, null, "numeric");
    }

    @Test
    void refusesAnExistingTableUnlessAskedToReplaceIt() throws SQLException {
        execute("create table existing (kept int)");

        try (Connection connection = transaction()) {
            assertThatThrownBy(() -> PostgresTableWriter.create(connection, "existing", TableDefinitionTest.ORDERS, false))
                    .isInstanceOf(TableExists.class);
            connection.rollback();
            try (PostgresTableWriter writer = PostgresTableWriter.create(connection, "existing", TableDefinitionTest.ORDERS, true)) {
                writer.accept(new Object[] {7L, 1.0, 1.0, "y", null, true, null, null, null});
            }
            connection.commit();
        }

        assertThat(query("select id from existing")).containsExactly(List.of(7L));
    }

    @Test
    void aLoadThatFailsLeavesNoTable() throws SQLException {
        try (Connection connection = transaction()) {
            assertThatThrownBy(() -> {
                try (PostgresTableWriter writer = PostgresTableWriter.create(connection, "failed", TableDefinitionTest.ORDERS, false)) {
                    writer.accept(new Object[] {1L, 1.0, 1.0, "first", null, true, null, null, null});
                    writer.accept(new Object[] {1L, 1.0, 1.0, "same id again", null, true, null, null, null});
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            connection.rollback();
        }

        assertThat(query("select to_regclass('failed') is null")).containsExactly(List.of(true));
    }

    private static Connection transaction() throws SQLException {
        Connection connection = postgres.getPostgresDatabase().getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (found.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= found.getMetaData().getColumnCount(); column++) {
                    row.add(found.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
