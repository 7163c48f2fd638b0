package dev.synthesis.app.template;

import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.Map;

/**
 * A ready-made dataset for one domain, as its resource {@code templates/<id>.json} holds it.
 *
 * @param defaultRootRows how many rows of each root table a first generation makes; children follow their declared counts
 */
public record Template(String id, String title, String summary, Map<String, Long> defaultRootRows, DatasetSchema dataset) {

    public Template {
        defaultRootRows = Map.copyOf(defaultRootRows);
    }
}
