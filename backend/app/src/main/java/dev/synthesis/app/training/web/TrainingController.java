package dev.synthesis.app.training.web;

import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.training.FieldModelView;
import dev.synthesis.app.training.QualityPreset;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunView;
import dev.synthesis.app.training.TrainingSettings;
import dev.synthesis.engine.schema.PrivacyPreset;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/train")
class TrainingController {

    private final Training training;

    TrainingController(Training training) {
        this.training = training;
    }

    /** Starts training; answers 202 with the run, to be followed at its status URL. */
    @PostMapping
    ResponseEntity<TrainingRunView> start(@Valid @RequestBody TrainRequest request, Authentication caller) {
        TrainingRunView run = training.start(new SchemaId(request.schemaId()), new SeedId(request.seedId()),
                TrainingSettings.of(request.privacy(), request.quality(), request.holdoutShare(), request.epsilon(),
                        request.delta()), caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/train/" + run.id() + "/status")).body(run);
    }

    /** The tenant's training runs, newest first (a sort parameter is ignored); {@code schemaId} narrows to one schema. */
    @GetMapping
    PagedModel<TrainingRunView> list(@RequestParam(required = false) UUID schemaId, Pageable pageable) {
        return new PagedModel<>(training.list(Optional.ofNullable(schemaId).map(SchemaId::new), pageable));
    }

    @GetMapping("/{id}/status")
    TrainingRunView status(@PathVariable UUID id) {
        return training.status(new TrainingRunId(id));
    }

    @GetMapping("/{id}/models")
    List<FieldModelView> models(@PathVariable UUID id) {
        return training.models(new TrainingRunId(id));
    }

    /**
     * @param schemaId     the schema to train (its current version)
     * @param seedId       the seed to learn from
     * @param holdoutShare share of seed rows held out for evaluation; default from the quality preset
     * @param privacy      standard (default), high or maximum
     * @param quality      standard (default) or high
     * @param epsilon      train with differential privacy at this ε, whatever the schema declares; charged to the seed's
     *                     privacy budget. Absent: the schema's privacy settings (and the privacy preset) decide
     * @param delta        the δ with {@code epsilon}; absent: the schema's, else 1e-6
     */
    record TrainRequest(
            @NotNull(message = "is required") UUID schemaId,
            @NotNull(message = "is required: the seed to learn from") UUID seedId,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double holdoutShare,
            PrivacyPreset privacy,
            QualityPreset quality,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double epsilon,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("0.001") Double delta) {}
}
