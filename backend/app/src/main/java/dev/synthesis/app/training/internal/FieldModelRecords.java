package dev.synthesis.app.training.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Per-field model records of the current tenant. */
public interface FieldModelRecords extends Repository<FieldModelRecord, UUID> {

    FieldModelRecord save(FieldModelRecord record);

    List<FieldModelRecord> findByTrainingRunIdOrderByFieldName(UUID trainingRunId);
}
