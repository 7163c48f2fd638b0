package dev.synthesis.app.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T queryJob(String tenant, String jobId, String sql, Rows<T> reader) throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        try (Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"),
                env.get("SYNTHESIS_DB_APP_USER"), env.get("SYNTHESIS_DB_APP_PASSWORD"))) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setObject(1, UUID.fromString(jobId));
                try (ResultSet rows = query.executeQuery()) {
                    return reader.read(rows);
                }
            }
        }
    }
}
