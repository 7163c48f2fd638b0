package dev.synthesis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantStatus;
import dev.synthesis.app.tenancy.TenantView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TenantOverviewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aTenantItsJobCountsAndItsUsageAreOneFlatObject() {
        TenantView tenant = new TenantView(new TenantId("acme"), "Acme", TenantStatus.SUSPENDED, NOW, null, NOW, "admin");

        JsonNode json = JSON.valueToTree(new TenantOverview(tenant, new JobCounts(2, 1), new TenantFigures(10, 20, 30, 4)));

        assertThat(Set.copyOf(json.propertyNames())).isEqualTo(Set.of("id", "name", "status", "createdAt", "createdBy",
                "suspendedAt", "suspendedBy", "runningJobs", "queuedJobs", "rowsToday", "rowsThisMonth", "storageBytes", "activeKeys"));
        assertThat(json.get("id").asString()).isEqualTo("acme");
        assertThat(json.get("status").asString()).isEqualTo("suspended");
        assertThat(json.get("runningJobs").asLong()).isEqualTo(2);
        assertThat(json.get("activeKeys").asLong()).isEqualTo(4);
    }

    @Test
    void countsRunningAndQueuedJobsApart() {
        List<RunningJob> jobs = List.of(job("RUNNING"), job("QUEUED"), job("QUEUED"));

        assertThat(JobCounts.of(jobs)).isEqualTo(new JobCounts(1, 2));
        assertThat(JobCounts.of(List.of())).isEqualTo(new JobCounts(0, 0));
    }

    @Test
    void aJobsKindIsWrittenInLowerCase() {
        JsonNode json = JSON.valueToTree(job("RUNNING"));

        assertThat(json.get("kind").asString()).isEqualTo("generation");
        assertThat(json.get("tenantId").asString()).isEqualTo("acme");
    }

    private static RunningJob job(String status) {
        return new RunningJob(UUID.randomUUID(), new TenantId("acme"), JobKind.GENERATION, status, 10L, 0L, NOW, null, null);
    }
}
