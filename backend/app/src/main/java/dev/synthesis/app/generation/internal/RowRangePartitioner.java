package dev.synthesis.app.generation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Splits rows [0, rows) into contiguous ranges, one per partition, as even as possible. */
final class RowRangePartitioner implements Partitioner {

    private static final String PARTITION_NAME = "part-%05d";

    private final long rows;
    private final int partitions;

    RowRangePartitioner(long rows, int partitions) {
        this.rows = rows;
        this.partitions = partitions;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        long base = rows / partitions;
        long remainder = rows % partitions;
        long first = 0;
        for (int part = 0; part < partitions; part++) {
            long count = base + (part < remainder ? 1 : 0);
            ExecutionContext range = new ExecutionContext();
            range.putInt(PartTasklet.PART, part);
            range.putLong(PartTasklet.FIRST_ROW, first);
            range.putLong(PartTasklet.ROW_COUNT, count);
            ranges.put(PARTITION_NAME.formatted(part), range);
            first += count;
        }
        return ranges;
    }
}
