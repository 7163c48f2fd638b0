package dev.synthesis.app.seed.web;

import dev.synthesis.app.request.SortKeys;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.seed.SeedProfile;
import dev.synthesis.app.seed.SeedView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/seeds")
class SeedController {

    private static final SortKeys SORTABLE = new SortKeys("fileName", "createdAt", "sizeBytes", "rowCount");

    private final SeedLibrary library;

    SeedController(SeedLibrary library) {
        this.library = library;
    }

    /** Multipart upload with the file in part {@code file} (CSV, JSON, JSON Lines or XLSX). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SeedView> upload(@RequestPart("file") MultipartFile file, Authentication caller) throws IOException {
        try (InputStream content = file.getInputStream()) {
            SeedView seed = library.upload(file.getOriginalFilename(), file.getSize(), content, caller.getName());
            return ResponseEntity.created(URI.create("/api/seeds/" + seed.id())).body(seed);
        }
    }

    @GetMapping
    PagedModel<SeedView> list(Pageable pageable) {
        return new PagedModel<>(library.list(SORTABLE.check(pageable)));
    }

    @GetMapping("/{id}")
    SeedView get(@PathVariable UUID id) {
        return library.get(new SeedId(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        library.delete(new SeedId(id));
        return ResponseEntity.noContent().build();
    }

    /** The detected schema and the first rows, to review before saving a schema or starting a job. */
    @GetMapping("/{id}/profile")
    SeedProfile profile(@PathVariable UUID id) {
        return library.profile(new SeedId(id));
    }
}
