package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Jobs as clients see them: each job's row with its schema's current name and the rows it has written. */
@Component
public class GenerationViews {

    private final SchemaCatalog schemas;
    private final WrittenRows written;

    GenerationViews(SchemaCatalog schemas, WrittenRows written) {
        this.schemas = schemas;
        this.written = written;
    }

    public GenerationView of(GenerationRun run) {
        return all(List.of(run)).getFirst();
    }

    /** A page of jobs, their schemas' names read in one query. */
    public Page<GenerationView> page(Page<GenerationRun> runs) {
        Map<SchemaId, String> names = names(runs.getContent());
        return runs.map(run -> view(run, names));
    }

    public List<GenerationView> all(List<GenerationRun> runs) {
        Map<SchemaId, String> names = names(runs);
        return runs.stream().map(run -> view(run, names)).toList();
    }

    private Map<SchemaId, String> names(List<GenerationRun> runs) {
        return schemas.names(runs.stream().map(run -> new SchemaId(run.schemaId())).collect(Collectors.toSet()));
    }

    private GenerationView view(GenerationRun run, Map<SchemaId, String> names) {
        return run.view(names.getOrDefault(new SchemaId(run.schemaId()), ""), written.of(run));
    }
}
