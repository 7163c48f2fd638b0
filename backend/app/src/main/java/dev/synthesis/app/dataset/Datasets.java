package dev.synthesis.app.dataset;

import dev.synthesis.app.dataset.internal.StoredDataset;
import dev.synthesis.app.dataset.internal.StoredDatasets;
import dev.synthesis.app.dataset.internal.TableLink;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.SchemaViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dataset feature's API: the current tenant's datasets. A table is an ordinary schema of the
 * tenant under a name of its own; a table keeps the name it was added with (the relationships use
 * it) when its schema is renamed. Every write checks the whole dataset first, so nothing invalid is stored.
 */
@Service
public class Datasets {

    /** Beyond this a dataset is more than anyone reviews in one screen, and a preview or plan does unbounded work. */
    public static final int MAX_TABLES = 30;

    private final StoredDatasets datasets;
    private final SchemaCatalog schemas;
    private final DatasetViews views;
    private final DatasetJson json;
    private final Clock clock;

    Datasets(StoredDatasets datasets, SchemaCatalog schemas, DatasetViews views, DatasetJson json, Clock clock) {
        this.datasets = datasets;
        this.schemas = schemas;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    /** A dataset of existing schemas; each table is named as its schema is now. */
    @Transactional
    public DatasetView create(DatasetDraft draft, String actor) {
        return save(newDataset(actor), draft, Map.of(), actor);
    }

    /**
     * Creates every table's schema and the dataset, all or nothing. The tables are named by their
     * schemas' names; the schemas are saved as "dataset - table", so two datasets may both have a
     * {@code customers} table while schema names stay unique.
     */
    @Transactional
    public DatasetView createWithSchemas(String name, String description, String domain, List<SchemaDraft> tables,
            List<TableRelationship> relationships, String actor) {
        List<DataSchema> definitions = tables.stream().map(SchemaDraft::schema).toList();
        checkBeforeCreating(new DatasetSchema(name, description, domain, definitions, relationships));
        StoredDataset dataset = newDataset(actor);
        checkName(dataset, name);
        Map<UUID, String> tableNames = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (SchemaDraft table : tables) {
            String tableName = table.schema().name().trim();
            DataSchema stored = DatasetChecks.named(table.schema(), name.trim() + " - " + tableName);
            UUID id = schemas.create(stored, table.sourceSeedId(), actor).id().value();
            tableNames.put(id, tableName);
            ids.add(id);
        }
        return save(dataset, new DatasetDraft(name, description, domain, ids, relationships), tableNames, actor);
    }

    @Transactional(readOnly = true)
    public DatasetView get(UUID id) {
        return views.view(find(id));
    }

    @Transactional(readOnly = true)
    public Page<DatasetView> list(Pageable pageable) {
        Page<StoredDataset> page = datasets.findAllLive(pageable);
        return page.map(views.viewer(page.getContent()));
    }

    /** The next version; tables already in the dataset keep their names, added ones take their schema's. */
    @Transactional
    public DatasetView update(UUID id, DatasetDraft draft, String actor) {
        StoredDataset dataset = datasets.lockLive(id).orElseThrow(() -> new DatasetNotFound(id));
        Map<UUID, String> tableNames = new HashMap<>();
        dataset.tables().forEach(link -> tableNames.putIfAbsent(link.schemaId(), link.tableName()));
        return save(dataset, draft, tableNames, actor);
    }

    /** Hides the dataset; its tables' schemas stay, and may be deleted once no dataset uses them. */
    @Transactional
    public void delete(UUID id) {
        datasets.lockLive(id).orElseThrow(() -> new DatasetNotFound(id)).markDeleted(clock.instant());
    }

    /** The dataset as the engine reads it: each table's current schema version, named as the table. */
    @Transactional(readOnly = true)
    public DatasetSchema definition(UUID id) {
        return views.definition(find(id));
    }

    private StoredDataset find(UUID id) {
        return datasets.findLive(id).orElseThrow(() -> new DatasetNotFound(id));
    }

    private StoredDataset newDataset(String actor) {
        return new StoredDataset(UUID.randomUUID(), TenantContext.require().value(), actor, clock.instant());
    }

    /** Holds each table's schema against deletion (see {@link SchemaCatalog#holdForUse}), checks the whole and stores it. */
    private DatasetView save(StoredDataset dataset, DatasetDraft draft, Map<UUID, String> tableNames, String actor) {
        String tenant = TenantContext.require().value();
        List<TableLink> links = new ArrayList<>();
        List<DataSchema> tables = new ArrayList<>();
        for (UUID schemaId : draft.tableSchemaIds()) {
            SchemaView schema = schemas.holdForUse(new SchemaId(schemaId));
            String tableName = tableNames.getOrDefault(schemaId, schema.definition().name());
            links.add(new TableLink(tenant, tableName, schemaId));
            tables.add(DatasetChecks.named(schema.definition(), tableName));
        }
        DatasetChecks.check(new DatasetSchema(draft.name(), draft.description(), draft.domain(), tables, draft.relationships()));
        checkName(dataset, draft.name());
        dataset.advance(draft.name().trim(), draft.description(), draft.domain(), links, json.write(draft.relationships()), actor,
                clock.instant());
        return views.view(datasets.save(dataset));
    }

    private void checkName(StoredDataset dataset, String name) {
        if (datasets.nameTakenByOther(name.trim(), dataset.id())) {
            throw new DatasetNameTaken(name.trim());
        }
    }

    /** Every table's schema and the dataset as a whole, so a bad table is reported before any schema is created. */
    private void checkBeforeCreating(DatasetSchema dataset) {
        List<SchemaViolation> violations = DatasetChecks.tableViolations(dataset.tables());
        if (violations.isEmpty()) {
            violations = DatasetChecks.violations(dataset);
        }
        if (!violations.isEmpty()) {
            throw new InvalidDataset(violations);
        }
    }
}
