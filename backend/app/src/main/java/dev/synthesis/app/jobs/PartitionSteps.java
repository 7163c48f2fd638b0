package dev.synthesis.app.jobs;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a partitioned job's worker steps did, across every execution of the job (a resumed job
 * skips the partitions an earlier execution finished). A partition is all or nothing: it adds its
 * row count to its step execution's write count only when it finishes, so the sum counts whole
 * partitions only. Spring Batch's tables carry no tenant, so the job's execution id, read from its
 * tenant's own row, is the only way in. Partition steps are named {@code <workerStep>:<name>-NNNNN}.
 */
@Component
public class PartitionSteps {

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

    PartitionSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows written by the completed partitions of the worker step. */
    public long completedWrites(long jobExecutionId, String workerStep) {
        Long written = jdbc.queryForObject(COMPLETED_PARTITIONS, Long.class, jobExecutionId, workerStep + ":%");
        return written == null ? 0 : written;
    }

    /** The partitions (by number) that started, so may have written something. */
    public List<Integer> started(long jobExecutionId, String workerStep) {
        return jdbc.queryForList(STARTED_PARTITIONS, String.class, jobExecutionId, workerStep + ":%").stream()
                .map(PartitionSteps::partOf).toList();
    }

    /** The part a partition's step execution (e.g. {@code generatePart:part-00042}) writes. */
    public static int partOf(String stepName) {
        return Integer.parseInt(stepName.substring(stepName.lastIndexOf('-') + 1));
    }
}
