package dev.synthesis.app.recovery.internal;

import dev.synthesis.app.recovery.JobRecoverySettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The heartbeat table. Times are the database's, so instances with skewed clocks still agree on
 * what is stale; a takeover is one conditional UPDATE, so two instances never both take a job.
 */
@Component
public class Heartbeats {

    private final JdbcTemplate jdbc;
    private final String instanceId;
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
                insert into job_heartbeats (job_execution_id, instance_id, beat_at) values (?, ?, now())
                on conflict (job_execution_id) do update set instance_id = excluded.instance_id, beat_at = now()""",
                execution, instanceId);
    }

    public void release(long execution) {
        jdbc.update("delete from job_heartbeats where job_execution_id = ?", execution);
    }

    /** Says "still running" for every execution this instance owns. */
    void beat() {
        jdbc.update("update job_heartbeats set beat_at = now() where instance_id = ?", instanceId);
    }

    /**
     * Takes over a running execution if its instance is gone: its heartbeat is stale, or, when
     * {@code ownAreDead} (this instance has just started), it was this instance's. An execution
     * seen without a heartbeat (its instance is between starting it and its first beat) gets one
     * now and is judged after the timeout.
     */
    boolean takeOver(long execution, boolean ownAreDead) {
        int firstSeen = jdbc.update("""
                insert into job_heartbeats (job_execution_id, instance_id, beat_at) values (?, '', now())
                on conflict (job_execution_id) do nothing""", execution);
        if (firstSeen == 1) {
            return false;
        }
        return jdbc.update("""
                update job_heartbeats set instance_id = ?, beat_at = now()
                where job_execution_id = ?
                  and (beat_at < now() - make_interval(secs => ?) or (instance_id = ? and ?))""",
                instanceId, execution, timeoutSeconds, instanceId, ownAreDead) == 1;
    }

    /** Heartbeats of executions that are no longer running (e.g. seen in the moment before their end was recorded). */
    void forgetFinished() {
        jdbc.update("""
                delete from job_heartbeats h using batch_job_execution e
                where e.job_execution_id = h.job_execution_id and e.status not in ('STARTING', 'STARTED', 'STOPPING')""");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "localhost";
        }
    }
}
