package dev.synthesis.app.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every kind's job table shares, and the one way they change: a job is queued, runs
 * (again when it resumes on another instance, keeping its first start and clearing an error
 * recorded before), and ends completed, cancelled or failed with the text its tenant is shown.
 * Each kind keeps its own table, with its own columns beside these.
 *
 * @param <S> the kind's status, whose values are stored by name
 */
@MappedSuperclass
public abstract class JobRecord<S extends Enum<S>> {

    @Enumerated(EnumType.STRING)
    private S status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    private String error;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** For JPA. */
    protected JobRecord() {}

    protected JobRecord(S queued) {
        this.status = queued;
    }

    /** The job's execution {@code jobExecution} runs it from {@code now}. */
    protected void run(S running, long jobExecution, Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        jobExecutionId = jobExecution;
        status = running;
        error = null;
    }

    protected void end(S ended, Instant now) {
        status = ended;
        finishedAt = now;
    }

    protected void fail(S failed, String reason, Instant now) {
        error = reason;
        end(failed, now);
    }

    public S status() {
        return status;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public String error() {
        return error;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
