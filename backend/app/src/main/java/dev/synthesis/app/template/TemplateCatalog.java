package dev.synthesis.app.template;

import dev.synthesis.app.dataset.DatasetNameTaken;
import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.dataset.SchemaDraft;
import dev.synthesis.app.schema.SchemaNameTaken;
import dev.synthesis.app.template.internal.TemplateLibrary;
import dev.synthesis.app.template.internal.TemplatePreviews;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.List;
import java.util.Map;
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

    private final TemplateLibrary library;
    private final TemplatePreviews previews;
    private final Datasets datasets;

    TemplateCatalog(TemplateLibrary library, TemplatePreviews previews, Datasets datasets) {
        this.library = library;
        this.previews = previews;
        this.datasets = datasets;
    }

    public List<Template> list() {
        return library.all();
    }

    public Template get(String id) {
        return library.get(id);
    }

    /** A few rows of each table, generated from the template alone and kept for later requests. */
    public Map<String, List<Map<String, Object>>> preview(String id) {
        return previews.of(library.get(id));
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
