package dev.synthesis.app.seed;

import dev.synthesis.engine.profile.FieldProfile;
import dev.synthesis.engine.schema.DataSchema;
import java.util.List;

/**
 * What the engine detected in a seed, and its first rows.
 *
 * @param seed     the seed
 * @param schema   the detected schema, ready to be edited and saved
 * @param fields   per-column statistics behind the detection
 * @param columns  column names of the preview, in file order
 * @param preview  the first rows as read (text, null for missing)
 */
public record SeedProfile(SeedView seed, DataSchema schema, List<FieldProfile> fields, List<String> columns,
        List<List<String>> preview) {}
