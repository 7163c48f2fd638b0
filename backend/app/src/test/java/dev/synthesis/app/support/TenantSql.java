package dev.synthesis.app.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plain JDBC as the app's database role with a tenant set exactly as the app sets it. */
public final class TenantSql {

    private TenantSql() {}

    /** Rows of a generation job in synthetic_data seen as the tenant: count, distinct row indexes, min and max index. */
    public static long[] countRowsOfJob(String tenant, String jobId) throws SQLException {
        return queryJob(tenant, jobId, """
                select count(*), count(distinct row_index), coalesce(min(row_index), 0), coalesce(max(row_index), 0)
                from synthetic_data where generation_job_id = ?""", rows -> {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)};
        });
    }

    /** The distinct (quality, privacy) score pairs on a job's rows in synthetic_data. */
    public static List<List<BigDecimal>> scoresOfJobRows(String tenant, String jobId) throws SQLException {
        return queryJob(tenant, jobId, """
                select distinct quality_score, privacy_score from synthetic_data where generation_job_id = ?""", rows -> {
            List<List<BigDecimal>> pairs = new ArrayList<>();
            while (rows.next()) {
                pairs.add(Arrays.asList(rows.getBigDecimal(1), rows.getBigDecimal(2)));
            }
            return pairs;
        });
    }

    /** Every column of the rows a query finds, as the app's role sees them with the tenant set. */
    public static List<Map<String, Object>> rows(String tenant, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(TestPlatform.environment(), "SYNTHESIS_DB_APP_USER", "SYNTHESIS_DB_APP_PASSWORD")) {
            return inTenant(connection, tenant, sql, parameters, query -> {
                try (ResultSet rows = query.executeQuery()) {
                    List<Map<String, Object>> found = new ArrayList<>();
                    while (rows.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                            row.put(rows.getMetaData().getColumnName(column), rows.getObject(column));
                        }
                        found.add(row);
                    }
                    return found;
                }
            });
        }
    }

    /**
     * Changes rows as the tables' owner (which may change columns the app's role may not), with the
     * tenant set: forced row-level security applies to the owner too. Returns the rows changed.
     */
    public static int updateAsOwner(String tenant, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(TestPlatform.migrationEnvironment(), "SYNTHESIS_DB_OWNER_USER",
                "SYNTHESIS_DB_OWNER_PASSWORD")) {
            int changed = inTenant(connection, tenant, sql, parameters, PreparedStatement::executeUpdate);
            connection.commit();
            return changed;
        }
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private static <T> T inTenant(Connection connection, String tenant, String sql, Object[] parameters, Statement<T> work)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.run(statement);
        }
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T queryJob(String tenant, String jobId, String sql, Rows<T> reader) throws SQLException {
        try (Connection connection = connect(TestPlatform.environment(), "SYNTHESIS_DB_APP_USER", "SYNTHESIS_DB_APP_PASSWORD")) {
            return inTenant(connection, tenant, sql, new Object[] {UUID.fromString(jobId)}, query -> {
                try (ResultSet rows = query.executeQuery()) {
                    return reader.read(rows);
                }
            });
        }
    }

    /** The owner's credentials are only in the migration step's environment, as in production. */
    private static Connection connect(Map<String, String> env, String userVariable, String passwordVariable) throws SQLException {
        return DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"), env.get(userVariable), env.get(passwordVariable));
    }
}
