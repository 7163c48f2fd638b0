package dev.synthesis.app.generation.web;

import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationRequest;
import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.engine.evaluate.EvaluationReport;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/generate")
class GenerationController {

    private final Generation generation;

    GenerationController(Generation generation) {
        this.generation = generation;
    }

    @PostMapping
    ResponseEntity<GenerationView> start(@Valid @RequestBody GenerationRequest request, Authentication caller) {
        GenerationView job = generation.start(request, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/generate/" + job.id() + "/status")).body(job);
    }

    /** The tenant's generation jobs, newest first (a sort parameter is ignored); {@code schemaId} narrows to one schema. */
    @GetMapping
    PagedModel<GenerationView> list(@RequestParam(required = false) UUID schemaId, Pageable pageable) {
        return new PagedModel<>(generation.list(Optional.ofNullable(schemaId).map(SchemaId::new), pageable));
    }

    @GetMapping("/{id}/status")
    GenerationView status(@PathVariable UUID id) {
        return generation.status(new GenerationJobId(id));
    }

    /** Cancels a queued or running job (202: it stops within moments; follow its status). */
    @PostMapping("/{id}/cancel")
    ResponseEntity<GenerationView> cancel(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(generation.cancel(new GenerationJobId(id)));
    }

    /** The quality and privacy report and the job's timing (409 until the job is complete). */
    @ApiResponse(responseCode = "200", description = "the report as the evaluation stored it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(allOf = {EvaluationReport.class, MetricsAdditions.class})))
    @GetMapping(value = "/{id}/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    String metrics(@PathVariable UUID id) {
        return generation.metricsJson(new GenerationJobId(id));
    }

    /**
     * The job's signed manifest (409 until the job is complete): a JWS in flattened JSON serialization
     * (RFC 7515 §7.2.2, EdDSA) whose payload is the manifest's JSON; check it against
     * {@code /.well-known/synthesis/signing-keys.json}, e.g. with {@code synth verify}.
     */
    @ApiResponse(responseCode = "200", description = "the signed manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SignedManifest.class)))
    @GetMapping(value = "/{id}/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> manifest(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("manifest-" + id + ".json").build().toString())
                .body(generation.manifest(new GenerationJobId(id)));
    }

    /** The whole output as one file, streamed through the API after the tenant check. */
    @GetMapping("/{id}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id) {
        Generation.Download download = generation.download(new GenerationJobId(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .body(out -> generation.writeOutput(download, out));
    }
}
