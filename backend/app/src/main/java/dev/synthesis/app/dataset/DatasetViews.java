package dev.synthesis.app.dataset;

import dev.synthesis.app.dataset.internal.StoredDataset;
import dev.synthesis.app.dataset.internal.TableLink;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.schema.DataSchema;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Stored datasets joined with their tables' current schemas, as clients and the engine read them. */
@Component
class DatasetViews {

    private final SchemaCatalog schemas;
    private final DatasetJson json;

    DatasetViews(SchemaCatalog schemas, DatasetJson json) {
        this.schemas = schemas;
        this.json = json;
    }

    DatasetView view(StoredDataset dataset) {
        return viewer(List.of(dataset)).apply(dataset);
    }

    /** Views of these datasets from one lookup of all their tables' schemas (a page of datasets costs one query). */
    Function<StoredDataset, DatasetView> viewer(Collection<StoredDataset> datasets) {
        Map<SchemaId, SchemaView> current = currentSchemas(datasets);
        return dataset -> new DatasetView(dataset.id(), dataset.name(), dataset.description(), dataset.domain(),
                dataset.version(), dataset.tables().stream().map(link -> table(link, current)).toList(),
                json.read(dataset.relationships()), dataset.createdAt(), dataset.updatedAt());
    }

    DatasetSchema definition(StoredDataset dataset) {
        Map<SchemaId, SchemaView> current = currentSchemas(List.of(dataset));
        List<DataSchema> tables = dataset.tables().stream()
                .map(link -> DatasetChecks.named(schemaOf(link, current).definition(), link.tableName()))
                .toList();
        return new DatasetSchema(dataset.name(), dataset.description(), dataset.domain(), tables,
                json.read(dataset.relationships()));
    }

    private Map<SchemaId, SchemaView> currentSchemas(Collection<StoredDataset> datasets) {
        return schemas.current(datasets.stream()
                .flatMap(dataset -> dataset.tables().stream())
                .map(link -> new SchemaId(link.schemaId()))
                .collect(Collectors.toSet()));
    }

    private static DatasetTable table(TableLink link, Map<SchemaId, SchemaView> current) {
        SchemaView schema = schemaOf(link, current);
        return new DatasetTable(link.tableName(), link.schemaId(), schema.version(), schema.definition().fields().size());
    }

    /** A table's schema cannot be gone: deleting a schema that a live dataset uses is refused ({@link SchemasAsTables}). */
    private static SchemaView schemaOf(TableLink link, Map<SchemaId, SchemaView> current) {
        SchemaView schema = current.get(new SchemaId(link.schemaId()));
        if (schema == null) {
            throw new IllegalStateException("the schema " + link.schemaId() + " of table " + link.tableName() + " is not live");
        }
        return schema;
    }
}
