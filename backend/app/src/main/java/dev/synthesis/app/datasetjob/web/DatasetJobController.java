package dev.synthesis.app.datasetjob.web;

import dev.synthesis.app.datasetjob.DatasetGenerateRequest;
import dev.synthesis.app.datasetjob.DatasetJobId;
import dev.synthesis.app.datasetjob.DatasetJobView;
import dev.synthesis.app.datasetjob.DatasetSynthesis;
import dev.synthesis.app.datasetjob.DatasetTrainRequest;
import dev.synthesis.app.datasetjob.DatasetTrainingView;
import dev.synthesis.app.datasetjob.internal.DatasetDownloads;
import dev.synthesis.engine.provenance.SignedManifest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class DatasetJobController {

    private final DatasetSynthesis datasets;

    DatasetJobController(DatasetSynthesis datasets) {
        this.datasets = datasets;
    }

    /** Trains one model for the whole dataset on a seed per table (none: from the schemas alone). */
    @PostMapping("/api/datasets/{id}/train")
    ResponseEntity<DatasetTrainingView> train(@PathVariable UUID id, @RequestBody(required = false) DatasetTrainRequest request,
            Authentication caller) {
        DatasetTrainRequest body = request == null ? new DatasetTrainRequest(null) : request;
        DatasetTrainingView run = datasets.train(id, body, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/datasets/" + id + "/training")).body(run);
    }

    @GetMapping("/api/datasets/{id}/training")
    DatasetTrainingView training(@PathVariable UUID id) {
        return datasets.latestTraining(id);
    }

    @PostMapping("/api/datasets/{id}/generate")
    ResponseEntity<DatasetJobView> generate(@PathVariable UUID id, @Valid @RequestBody(required = false) DatasetGenerateRequest request,
            Authentication caller) {
        DatasetGenerateRequest body = request == null ? new DatasetGenerateRequest(null, null, null) : request;
        DatasetJobView job = datasets.generate(id, body, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/dataset-jobs/" + job.id())).body(job);
    }

    /** The tenant's dataset jobs, newest first; {@code datasetId} narrows to one dataset. */
    @GetMapping("/api/dataset-jobs")
    PagedModel<DatasetJobView> list(@RequestParam(required = false) UUID datasetId, Pageable pageable) {
        return new PagedModel<>(datasets.list(Optional.ofNullable(datasetId), pageable));
    }

    @GetMapping("/api/dataset-jobs/{id}")
    DatasetJobView status(@PathVariable UUID id) {
        return datasets.status(new DatasetJobId(id));
    }

    /** Cancels a queued or running job (202: it stops within moments; follow its status). */
    @PostMapping("/api/dataset-jobs/{id}/cancel")
    ResponseEntity<DatasetJobView> cancel(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(datasets.cancel(new DatasetJobId(id)));
    }

    /** The whole dataset: a zip of a file per table (csv, jsonl), a workbook (xlsx) or dataset.sql (sql). */
    @GetMapping("/api/dataset-jobs/{id}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id) {
        return streamed(datasets.download(new DatasetJobId(id)));
    }

    @GetMapping("/api/dataset-jobs/{id}/tables/{table}/download")
    ResponseEntity<StreamingResponseBody> downloadTable(@PathVariable UUID id, @PathVariable String table) {
        return streamed(datasets.downloadTable(new DatasetJobId(id), table));
    }

    /**
     * The job's signed manifest (409 until the job is complete): a JWS in flattened JSON serialization
     * (RFC 7515 §7.2.2, EdDSA) whose payload is the manifest's JSON, with each table's parts and
     * Merkle root. Each table's csv or jsonl download is its parts joined; check one with
     * {@code synth verify manifest.json orders.csv.gz --table orders}. The whole-dataset zip, xlsx
     * and sql files are assembled on the fly and are checked table by table, not as one file.
     */
    @ApiResponse(responseCode = "200", description = "the signed manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SignedManifest.class)))
    @GetMapping(value = "/api/dataset-jobs/{id}/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> manifest(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("manifest-" + id + ".json").build().toString())
                .body(datasets.manifest(new DatasetJobId(id)));
    }

    private static ResponseEntity<StreamingResponseBody> streamed(DatasetDownloads.Download download) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .body(out -> download.body().writeTo(out));
    }
}
