package dev.synthesis.app.generation.internal;

import dev.synthesis.engine.data.RowSink;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Passes rows on and, every few thousand, stops the partition if its job was cancelled and reports
 * the rows written since the last report.
 */
final class CancellableSink implements RowSink {

    private static final int CHECK_EVERY = 4_096;
    private static final int REPORT_EVERY = 65_536;

    private final RowSink target;
    private final Cancellations cancellations;
    private final UUID jobId;
    private final LongConsumer progress;
    private int sinceCheck;
    private int sinceReport;

    CancellableSink(RowSink target, Cancellations cancellations, UUID jobId, LongConsumer progress) {
        this.target = target;
        this.cancellations = cancellations;
        this.jobId = jobId;
        this.progress = progress;
    }

    @Override
    public void accept(Object[] row) {
        if (++sinceCheck == CHECK_EVERY) {
            sinceCheck = 0;
            if (cancellations.isRequested(jobId)) {
                throw new GenerationCancelled();
            }
        }
        target.accept(row);
        if (++sinceReport == REPORT_EVERY) {
            flushProgress();
        }
    }

    /** Reports rows not reported yet; called at the end of the partition too. */
    void flushProgress() {
        if (sinceReport > 0) {
            progress.accept(sinceReport);
            sinceReport = 0;
        }
    }
}
