package dev.synthesis.app.schema.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The immutable history of schemas: rows are added and read, never changed. */
public interface SchemaVersions extends Repository<SchemaVersion, SchemaVersion.Key> {

    SchemaVersion save(SchemaVersion version);

    Optional<SchemaVersion> findByKey(SchemaVersion.Key key);

    @Query("select v from SchemaVersion v where v.key.schemaId = :schemaId order by v.key.version desc")
    List<SchemaVersion> history(UUID schemaId);
}
