package dev.synthesis.app.jobs;

import dev.synthesis.engine.data.RowSink;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Passes rows on and, every few thousand, stops the partition if its job was cancelled and reports
 * the rows written since the last report.
 */
public final class CancellableSink implements RowSink {

    private static final int CHECK_EVERY = 4_096;
    private static final int REPORT_EVERY = 65_536;

    private final RowSink target;
    private final BooleanSupplier cancelled;
    private final LongConsumer progress;
    private int sinceCheck;
    private int sinceReport;

    /** @param cancelled whether the job was asked to stop; cheap, as {@link CancelRequests#isRequested} is */
    public CancellableSink(RowSink target, BooleanSupplier cancelled, LongConsumer progress) {
        this.target = target;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    @Override
    public void accept(Object[] row) {
        if (++sinceCheck == CHECK_EVERY) {
            sinceCheck = 0;
            if (cancelled.getAsBoolean()) {
                throw new JobCancelled();
            }
        }
        target.accept(row);
        if (++sinceReport == REPORT_EVERY) {
            flushProgress();
        }
    }

    /** Reports rows not reported yet; called at the end of the partition too. */
    public void flushProgress() {
        if (sinceReport > 0) {
            progress.accept(sinceReport);
            sinceReport = 0;
        }
    }
}
