package dev.synthesis.app.generation;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a completed job took, from its first start to its end (evaluation and any resume after
 * a crash included), and the rows per second that makes.
 */
public record GenerationTiming(long rows, Instant startedAt, Instant finishedAt, double seconds, double rowsPerSecond) {

    static GenerationTiming of(GenerationView job) {
        double seconds = Duration.between(job.startedAt(), job.finishedAt()).toMillis() / 1000.0;
        return new GenerationTiming(job.rows(), job.startedAt(), job.finishedAt(), seconds,
                seconds > 0 ? job.rows() / seconds : 0);
    }
}
