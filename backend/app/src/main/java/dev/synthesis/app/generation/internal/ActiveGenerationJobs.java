package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.quota.ActiveJobs;
import java.util.List;
import org.springframework.stereotype.Component;

/** Generation jobs count against the tenant's jobs at once while queued or running. */
@Component
class ActiveGenerationJobs implements ActiveJobs {

    private final GenerationRuns runs;

    ActiveGenerationJobs(GenerationRuns runs) {
        this.runs = runs;
    }

    @Override
    public long queuedOrRunning() {
        return runs.countByStatusIn(List.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING));
    }
}
