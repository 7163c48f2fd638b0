package dev.synthesis.app.jobs.recovery.internal;

import dev.synthesis.app.jobs.recovery.JobRecoverySettings;
import dev.synthesis.app.tenancy.TenantId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The heartbeat tables: running executions ({@code job_heartbeats}) and jobs waiting in an
 * instance's queue ({@code queued_jobs}). Times are the database's, so instances with skewed
 * clocks agree on what is stale; a takeover is one conditional UPDATE, so two instances never
 * both take a job. A row is dead when its heartbeat is stale, or when it is this instance's but
 * was written by an earlier process (another boot id). This process's own rows are never dead:
 * if its beats are late, it is slow (a long pause, a starved CPU), and taking its own running job
 * over would run it twice.
 */
@Component
public class Heartbeats {

    private static final String DEAD = """
            (beat_at < now() - make_interval(secs => ?) or (instance_id = ? and boot_id is distinct from ?))
            and not (instance_id = ? and boot_id is not distinct from ?)""";

    private final JdbcTemplate jdbc;
    private final String instanceId;
    private final UUID bootId = UUID.randomUUID();
    private final double timeoutSeconds;

    Heartbeats(JdbcTemplate jdbc, JobRecoverySettings settings, @Value("${server.port:8080}") int port) {
        this.jdbc = jdbc;
        this.instanceId = settings.instanceId() != null ? settings.instanceId() : hostName() + ":" + port;
        this.timeoutSeconds = settings.heartbeatTimeout().toMillis() / 1000.0;
    }

    public String instanceId() {
        return instanceId;
    }

    public void own(long execution) {
        jdbc.update("""
                insert into job_heartbeats (job_execution_id, instance_id, boot_id, beat_at) values (?, ?, ?, now())
                on conflict (job_execution_id) do update
                set instance_id = excluded.instance_id, boot_id = excluded.boot_id, beat_at = now()""",
                execution, instanceId, bootId);
    }

    public void release(long execution) {
        jdbc.update("delete from job_heartbeats where job_execution_id = ?", execution);
    }

    public void queued(String jobName, UUID jobId, TenantId tenant) {
        jdbc.update("""
                insert into queued_jobs (job_id, job_name, tenant_id, instance_id, boot_id, beat_at) values (?, ?, ?, ?, ?, now())
                on conflict (job_id) do update set instance_id = excluded.instance_id, boot_id = excluded.boot_id, beat_at = now()""",
                jobId, jobName, tenant.value(), instanceId, bootId);
    }

    public void unqueued(UUID jobId) {
        jdbc.update("delete from queued_jobs where job_id = ?", jobId);
    }

    /** Says "still here" for every execution and queued job this process holds. */
    void beat() {
        jdbc.update("update job_heartbeats set beat_at = now() where instance_id = ? and boot_id = ?", instanceId, bootId);
        jdbc.update("update queued_jobs set beat_at = now() where instance_id = ? and boot_id = ?", instanceId, bootId);
    }

    /**
     * Takes over a running execution if its holder is dead. An execution seen without a heartbeat
     * (its instance is between starting it and its first beat) gets one now and is judged after
     * the timeout.
     */
    boolean takeOver(long execution) {
        int firstSeen = jdbc.update("""
                insert into job_heartbeats (job_execution_id, instance_id, beat_at) values (?, '', now())
                on conflict (job_execution_id) do nothing""", execution);
        if (firstSeen == 1) {
            return false;
        }
        return jdbc.update("update job_heartbeats set instance_id = ?, boot_id = ?, beat_at = now() where job_execution_id = ? and "
                + DEAD, instanceId, bootId, execution, timeoutSeconds, instanceId, bootId, instanceId, bootId) == 1;
    }

    /** Takes over the queued jobs of dead holders that never started. */
    List<QueuedJob> takeOverQueued() {
        return jdbc.query("""
                update queued_jobs q set instance_id = ?, boot_id = ?, beat_at = now()
                where not exists (select 1 from batch_job_execution_params p where p.parameter_value = q.job_id::text)
                  and """ + DEAD + " returning job_id, job_name, tenant_id",
                (row, n) -> new QueuedJob(row.getObject(1, UUID.class), row.getString(2), new TenantId(row.getString(3))),
                instanceId, bootId, timeoutSeconds, instanceId, bootId, instanceId, bootId);
    }

    /** Rows of jobs that have moved on: executions no longer running, queued jobs that started. */
    void forgetFinished() {
        jdbc.update("""
                delete from job_heartbeats h using batch_job_execution e
                where e.job_execution_id = h.job_execution_id and e.status not in ('STARTING', 'STARTED', 'STOPPING')""");
        jdbc.update("""
                delete from queued_jobs q
                where exists (select 1 from batch_job_execution_params p where p.parameter_value = q.job_id::text)""");
    }

    record QueuedJob(UUID jobId, String jobName, TenantId tenant) {}

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "localhost";
        }
    }
}
