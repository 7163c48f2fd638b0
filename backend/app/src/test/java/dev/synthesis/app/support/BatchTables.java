package dev.synthesis.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The job repository's tables as the app's role sees them: ids and times only, across tenants. A
 * generation job is found through the parameter its executions carry, its id.
 */
public final class BatchTables {

    private BatchTables() {}

    /** Executions of the job, resumed ones included. */
    public static long executions(String jobId) throws SQLException {
        return query(jobId, """
                select count(*) from batch_job_execution_params p
                where p.parameter_name = 'generation' and p.parameter_value = ?""", BatchTables::single);
    }

    /**
     * An aggregate over the job's partition steps ({@code s}, across its executions) that meet a
     * condition, e.g. {@code partitions(id, "count(distinct s.step_name)", "s.status = 'COMPLETED'")}.
     */
    public static long partitions(String jobId, String aggregate, String condition) throws SQLException {
        return query(jobId, "select " + aggregate + """
                 from batch_step_execution s
                join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
                where p.parameter_name = 'generation' and p.parameter_value = ?
                and s.step_name like 'generatePart:%' and\s""" + condition, BatchTables::single);
    }

    /** Partitions of the job that started, whatever became of them. */
    public static long partitionsStarted(String jobId) throws SQLException {
        return partitions(jobId, "count(*)", "s.start_time is not null");
    }

    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Any query of the job tables whose one parameter is the job's id. */
    public static <T> T query(String jobId, String sql, Rows<T> reader) throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        try (Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"),
                env.get("SYNTHESIS_DB_APP_USER"), env.get("SYNTHESIS_DB_APP_PASSWORD"));
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    private static long single(ResultSet rows) throws SQLException {
        rows.next();
        return rows.getLong(1);
    }
}
