package dev.synthesis.app.admin.web;

import dev.synthesis.app.admin.AdminJobs;
import dev.synthesis.app.admin.RunningJob;
import dev.synthesis.app.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/jobs")
class JobAdminController {

    private final AdminJobs jobs;

    JobAdminController(AdminJobs jobs) {
        this.jobs = jobs;
    }

    /** Every tenant's queued and running generation jobs and training runs, oldest first: metadata only. */
    @GetMapping
    List<RunningJob> running() {
        return jobs.running();
    }

    /**
     * Cancels a tenant's queued or running generation job (202: it stops within moments). Training
     * runs cannot be cancelled (409).
     *
     * @param tenant the job's tenant, as the job list gives it
     */
    @PostMapping("/{id}/cancel")
    ResponseEntity<RunningJob> cancel(@PathVariable UUID id, @RequestParam String tenant) {
        return ResponseEntity.accepted().body(jobs.cancel(new TenantId(tenant), id));
    }
}
