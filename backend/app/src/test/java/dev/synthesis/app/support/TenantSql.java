package dev.synthesis.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** Plain JDBC as the app's database role with a tenant set exactly as the app sets it. */
public final class TenantSql {

    private TenantSql() {}

    /** Rows of a generation job in synthetic_data seen as the tenant: count, distinct row indexes, min and max index. */
    public static long[] countRowsOfJob(String tenant, String jobId) throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        try (Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"),
                env.get("SYNTHESIS_DB_APP_USER"), env.get("SYNTHESIS_DB_APP_PASSWORD"))) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    select count(*), count(distinct row_index), coalesce(min(row_index), 0), coalesce(max(row_index), 0)
                    from synthetic_data where generation_job_id = ?""")) {
                query.setObject(1, UUID.fromString(jobId));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)};
                }
            }
        }
    }
}
