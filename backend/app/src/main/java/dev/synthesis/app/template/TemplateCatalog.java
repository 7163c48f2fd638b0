package dev.synthesis.app.template;

import dev.synthesis.app.dataset.DatasetNameTaken;
import dev.synthesis.app.dataset.DatasetPreview;
import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.dataset.SchemaDraft;
import dev.synthesis.app.schema.SchemaNameTaken;
import dev.synthesis.app.template.internal.TemplateLibrary;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The template feature's API: the shipped templates, their previews, and copying one into the current
 * tenant as a dataset with a schema per table.
 *
 * <p>Without a name the dataset takes the template's ({@code retail}); when the tenant already has a
 * dataset of that name, or schemas named after one ({@code retail - customers}, kept when a dataset is
 * deleted), the next of {@code retail (2)}, {@code retail (3)}, ... is used. Only the dataset name
 * changes: the tables keep the template's names, so the relationships still point at the right tables.
 * A name the caller chose is used as given, or refused if taken.
 */
@Service
public class TemplateCatalog {

    /** More copies of one template than anyone makes by hand; past it the caller names the copy. */
    static final int MAX_COPIES = 100;
    static final int PREVIEW_ROWS = 5;
    private static final long PREVIEW_SEED = 1;

    private final TemplateLibrary library;
    private final DatasetPreview datasetPreview;
    private final Datasets datasets;
    /** Templates do not change while the app runs, so each preview is made on its first request and kept. */
    private final Map<String, Map<String, List<Map<String, String>>>> previews = new ConcurrentHashMap<>();

    TemplateCatalog(TemplateLibrary library, DatasetPreview datasetPreview, Datasets datasets) {
        this.library = library;
        this.datasetPreview = datasetPreview;
        this.datasets = datasets;
    }

    public List<Template> list() {
        return library.all();
    }

    public Template get(String id) {
        return library.get(id);
    }

    /** Up to {@value #PREVIEW_ROWS} rows of each table, generated from the template alone, written as a download writes them. */
    public Map<String, List<Map<String, String>>> preview(String id) {
        Template template = library.get(id);
        return previews.computeIfAbsent(id, key -> datasetPreview.rows(template.dataset(), PREVIEW_ROWS, PREVIEW_SEED));
    }

    /** Not one transaction: each attempt at a name is its own, so a taken name rolls back only that attempt. */
    public DatasetView instantiate(String id, @Nullable String name, String actor) {
        DatasetSchema dataset = library.get(id).dataset();
        if (name != null) {
            return create(dataset, name, actor);
        }
        for (int copy = 1; ; copy++) {
            try {
                return create(dataset, copy == 1 ? dataset.name() : dataset.name() + " (" + copy + ")", actor);
            } catch (DatasetNameTaken | SchemaNameTaken taken) {
                if (copy == MAX_COPIES) {
                    throw new TemplateCopiesExhausted(dataset.name(), MAX_COPIES);
                }
            }
        }
    }

    private DatasetView create(DatasetSchema dataset, String name, String actor) {
        List<SchemaDraft> tables = dataset.tables().stream().map(table -> new SchemaDraft(table, null)).toList();
        return datasets.createWithSchemas(name, dataset.description(), dataset.domain(), tables, dataset.relationships(), actor);
    }
}
