package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Several tables linked by foreign keys. Table names are their {@link DataSchema#name()}, unique in the dataset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSchema(String name, String description, String domain, List<DataSchema> tables,
                            List<TableRelationship> relationships) {

    public DatasetSchema {
        tables = tables == null ? List.of() : List.copyOf(tables);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }

    public Optional<DataSchema> table(String tableName) {
        return tables.stream().filter(table -> table.name().equals(tableName)).findFirst();
    }

    /** Every rule the dataset breaks, in plain sentences; empty when it is valid. Tables are checked on their own too. */
    public List<String> violations() {
        return DatasetRules.violations(this);
    }

    /** Table names with every parent before its children; throws on an invalid dataset. */
    public List<String> generationOrder() {
        List<String> violations = violations();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the dataset is invalid: " + String.join("; ", violations));
        }
        return DatasetRules.parentsFirst(this).orElseThrow();
    }

    /** The relationships declared on fields as {@code relationships.foreignKey = "table.field"}, one-to-many each. */
    public static DatasetSchema fromFieldLinks(String name, String description, String domain, List<DataSchema> tables) {
        List<TableRelationship> relationships = new ArrayList<>();
        for (DataSchema table : tables) {
            for (FieldDefinition field : table.fields()) {
                String target = field.relationships() == null ? null : field.relationships().foreignKey();
                int dot = target == null ? -1 : target.lastIndexOf('.');
                if (dot > 0 && dot < target.length() - 1) {
                    relationships.add(TableRelationship.oneToMany(target.substring(0, dot), target.substring(dot + 1),
                            table.name(), field.name()));
                }
            }
        }
        return new DatasetSchema(name, description, domain, tables, relationships);
    }
}
