package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows a job has written so far. A partition is all or nothing (see {@link PartTasklet}): it adds
 * its row count to its step execution's write count only when it finishes, so the sum over the job's
 * completed partition steps, across every execution of the job (a resumed job skips the partitions
 * an earlier execution finished), counts whole partitions only; rows of a partition still running
 * are not included. Spring Batch's tables carry no tenant, so the job's execution id, read from
 * its tenant's own row, is the only way in.
 */
@Component
public class WrittenRows {

    private static final String COMPLETED_PARTITIONS = """
            select coalesce(sum(s.write_count), 0) from batch_step_execution s
            join batch_job_execution e on e.job_execution_id = s.job_execution_id
            where e.job_instance_id = (select job_instance_id from batch_job_execution where job_execution_id = ?)
              and s.step_name like ? and s.status = 'COMPLETED'""";

    private static final String STARTED_PARTITIONS = """
            select distinct s.step_name from batch_step_execution s
            join batch_job_execution e on e.job_execution_id = s.job_execution_id
            where e.job_instance_id = (select job_instance_id from batch_job_execution where job_execution_id = ?)
              and s.step_name like ? and s.start_time is not null""";

    private final JdbcTemplate jdbc;

    WrittenRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(GenerationRun run) {
        if (run.status() == GenerationStatus.COMPLETED) {
            return run.rowCount();
        }
        if (run.jobExecutionId() == null) {
            return 0;
        }
        Long written = jdbc.queryForObject(COMPLETED_PARTITIONS, Long.class, run.jobExecutionId(),
                GenerationJobConfiguration.PART_STEP + ":%");
        return written == null ? 0 : Math.min(written, run.rowCount());
    }

    /**
     * The parts that may have an object: those whose partition started, in any execution of the
     * job. A partition dropped before it ran, or never reached, wrote nothing.
     */
    public List<Integer> partsStarted(GenerationRun run) {
        if (run.jobExecutionId() == null) {
            return List.of();
        }
        return jdbc.queryForList(STARTED_PARTITIONS, String.class, run.jobExecutionId(), GenerationJobConfiguration.PART_STEP + ":%")
                .stream().map(RowRangePartitioner::partOf).toList();
    }
}
