package dev.synthesis.app.jobs;

import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * A kind of job and what its executions carry as parameters: the tenant, the job's id under the
 * kind's own name (the one identifying parameter, so a job has one instance however often it
 * resumes), and the sizes its steps split the work by. The names stay as executions recorded
 * them, so a job started by an older version still resumes.
 *
 * @param idParameter the parameter that carries the job's id
 * @param subject     how the tenant's error messages name the job, e.g. "The job" or "Training"
 */
public record JobKind(String idParameter, String subject) {

    /** Rows the job writes, for a kind whose steps split them into ranges. */
    public static final String ROWS = "rows";
    /** How many partitions the job's work is split into. */
    public static final String PARTITIONS = "partitions";

    /** Parameters of this kind's job {@code id} for the current tenant; add the rest, then {@link Parameters#build()}. */
    public Parameters parameters(UUID id) {
        return new Parameters(TenantJobs.withCurrentTenant(new JobParametersBuilder()).addString(idParameter, id.toString()));
    }

    /** The job's id, from its execution's parameters. */
    public UUID idOf(JobParameters parameters) {
        return UUID.fromString(parameters.getString(idParameter));
    }

    /** The id of the job a step runs for. */
    public UUID idOf(ChunkContext chunk) {
        return idOf(chunk.getStepContext().getStepExecution().getJobParameters());
    }

    /** A job's parameters being written; only the id and the tenant identify the job. */
    public static final class Parameters {

        private final JobParametersBuilder builder;

        private Parameters(JobParametersBuilder builder) {
            this.builder = builder;
        }

        public Parameters rows(long rows) {
            builder.addLong(ROWS, rows, false);
            return this;
        }

        public Parameters partitions(int partitions) {
            builder.addLong(PARTITIONS, (long) partitions, false);
            return this;
        }

        /** A yes/no setting of the kind's own, stored as {@code "true"} or {@code "false"}. */
        public Parameters flag(String name, boolean value) {
            builder.addString(name, Boolean.toString(value), false);
            return this;
        }

        public JobParameters build() {
            return builder.toJobParameters();
        }
    }
}
