package dev.synthesis.app.dataset.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One table of a dataset: the schema it is, under the name the dataset's relationships use.
 *
 * @param tenantId repeated on each link so row-level security covers the links on their own
 */
@Embeddable
public record TableLink(
        @Column(name = "tenant_id", nullable = false) String tenantId,
        @Column(name = "table_name", nullable = false) String tableName,
        @Column(name = "schema_id", nullable = false) UUID schemaId) {}
