package dev.synthesis.app.jobs.recovery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which app instance holds each job: the one whose heartbeat owns its running execution, or the
 * one whose queue it waits in. Both tables hold ids only, across tenants, so this needs no tenant.
 */
@Component
public class JobHolders {

    /** An execution carries its job's id as a parameter; '' is the placeholder of an execution not yet claimed. */
    private static final String HOLDERS = """
            select p.parameter_value, h.instance_id from job_heartbeats h
            join batch_job_execution_params p on p.job_execution_id = h.job_execution_id
            where p.parameter_value = any (?) and h.instance_id <> ''
            union all
            select job_id::text, instance_id from queued_jobs where job_id::text = any (?)""";

    private final JdbcTemplate jdbc;

    JobHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The instance of each of these jobs that one holds; a job between two holders is left out. */
    public Map<UUID, String> of(Collection<UUID> jobIds) {
        Map<UUID, String> holders = new HashMap<>();
        if (jobIds.isEmpty()) {
            return holders;
        }
        String[] ids = jobIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.query(HOLDERS, row -> {
            holders.put(UUID.fromString(row.getString(1)), row.getString(2));
        }, ids, ids);
        return holders;
    }
}
