package dev.synthesis.app.template.web;

import dev.synthesis.app.template.Template;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.List;
import java.util.Map;

/** A template with its whole definition and a few generated rows per table. */
record TemplateDetail(String id, String title, String summary, String domain, DatasetSchema dataset, Map<String, Long> defaultRootRows,
        Map<String, List<Map<String, String>>> preview) {

    static TemplateDetail of(Template template, Map<String, List<Map<String, String>>> preview) {
        return new TemplateDetail(template.id(), template.title(), template.summary(), template.dataset().domain(), template.dataset(),
                template.defaultRootRows(), preview);
    }
}
