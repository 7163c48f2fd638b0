package dev.synthesis.engine.dataset;

import java.util.List;

/**
 * Seed rows whose foreign key names no parent row.
 *
 * @param rows     how many
 * @param examples up to five of their key values
 */
public record Orphans(String child, String childKey, String parent, long rows, List<String> examples) {

    public Orphans {
        examples = List.copyOf(examples);
    }
}
