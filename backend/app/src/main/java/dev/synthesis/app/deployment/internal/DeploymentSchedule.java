package dev.synthesis.app.deployment.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each active deployment's next batch is due. The table holds ids and times only, across
 * tenants, so the scheduler can find work before it knows whose it is.
 */
@Component
public class DeploymentSchedule {

    private final JdbcTemplate jdbc;

    DeploymentSchedule(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Due at midnight UTC of the batch's day. */
    public void dueOn(UUID deploymentId, LocalDate day) {
        Timestamp at = Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        jdbc.update("""
                insert into deployment_schedule (deployment_id, tenant_id, next_run_at) values (?, ?, ?)
                on conflict (deployment_id) do update set next_run_at = excluded.next_run_at""",
                deploymentId, TenantContext.require().value(), at);
    }

    public void done(UUID deploymentId) {
        jdbc.update("delete from deployment_schedule where deployment_id = ?", deploymentId);
    }

    List<Due> due() {
        return jdbc.query("select deployment_id, tenant_id from deployment_schedule where next_run_at <= now() order by next_run_at",
                (row, n) -> new Due(row.getObject(1, UUID.class), new TenantId(row.getString(2))));
    }

    record Due(UUID deploymentId, TenantId tenant) {}
}
