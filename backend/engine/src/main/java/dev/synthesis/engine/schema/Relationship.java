package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link from this field to another schema's field.
 *
 * @param foreignKey the referenced field as {@code schemaName.fieldName}
 * @param joinTable  for many-to-many links, the schema that joins the two
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relationship(String foreignKey, String joinTable) {}
