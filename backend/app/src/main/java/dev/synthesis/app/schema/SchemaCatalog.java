package dev.synthesis.app.schema;

import dev.synthesis.app.schema.internal.SchemaName;
import dev.synthesis.app.schema.internal.SchemaVersion;
import dev.synthesis.app.schema.internal.SchemaVersions;
import dev.synthesis.app.schema.internal.StoredSchema;
import dev.synthesis.app.schema.internal.StoredSchemas;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.SchemaViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema feature's API: the current tenant's schemas, each a chain of immutable versions.
 * Every write validates the whole definition first, so nothing invalid is ever stored.
 */
@Service
public class SchemaCatalog {

    private final StoredSchemas schemas;
    private final SchemaVersions versions;
    private final SchemaJson json;
    private final ObjectProvider<SchemaUse> uses;
    private final Clock clock;

    SchemaCatalog(StoredSchemas schemas, SchemaVersions versions, SchemaJson json, ObjectProvider<SchemaUse> uses, Clock clock) {
        this.schemas = schemas;
        this.versions = versions;
        this.json = json;
        this.uses = uses;
        this.clock = clock;
    }

    @Transactional
    public SchemaView create(DataSchema definition, String actor) {
        return create(definition, null, actor);
    }

    /** @param sourceSeedId the seed the definition was detected from, kept across versions; null for a schema designed from scratch */
    @Transactional
    public SchemaView create(DataSchema definition, @Nullable UUID sourceSeedId, String actor) {
        SchemaId id = SchemaId.random();
        validate(definition, id);
        StoredSchema schema = new StoredSchema(id.value(), TenantContext.require().value(), sourceSeedId, clock.instant());
        return advance(schema, 1, definition, actor);
    }

    /** Checks a definition as a save would (the name's uniqueness aside: a draft may be an edit of a saved schema). */
    public void check(DataSchema definition) {
        List<SchemaViolation> violations = definition.violations();
        if (!violations.isEmpty()) {
            throw new InvalidSchema(violations);
        }
    }

    @Transactional(readOnly = true)
    public Page<SchemaView> list(Pageable pageable) {
        return schemas.findAllLive(pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public SchemaView get(SchemaId id) {
        return schemas.findLive(id.value()).map(this::view).orElseThrow(() -> new SchemaNotFound(id));
    }

    /** The current version of each of these schemas that is live; deleted and unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<SchemaId, SchemaView> current(Collection<SchemaId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return schemas.findAllLive(ids.stream().map(SchemaId::value).toList()).stream()
                .map(this::view).collect(Collectors.toMap(SchemaView::id, view -> view));
    }

    /**
     * The schema's current version, held (FOR SHARE) until the caller's transaction ends: a feature that
     * starts using it ({@link SchemaUse}) cannot race a delete, which takes the row for update and asks
     * the uses only after that.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SchemaView holdForUse(SchemaId id) {
        return schemas.shareLive(id.value()).map(this::view).orElseThrow(() -> new SchemaNotFound(id));
    }

    /** The current names of these schemas of the tenant, deleted ones included (jobs and deployments outlive them). */
    @Transactional(readOnly = true)
    public Map<SchemaId, String> names(Collection<SchemaId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return schemas.names(ids.stream().map(SchemaId::value).toList()).stream()
                .collect(Collectors.toMap(name -> new SchemaId(name.id()), SchemaName::name));
    }

    /**
     * Stores a new version.
     *
     * @param basedOn the version the client edited, or empty to overwrite whatever is current
     */
    @Transactional
    public SchemaView update(SchemaId id, Optional<Integer> basedOn, DataSchema definition, String actor) {
        StoredSchema schema = schemas.lockLive(id.value()).orElseThrow(() -> new SchemaNotFound(id));
        checkVersion(schema, basedOn);
        validate(definition, id);
        return advance(schema, schema.currentVersion() + 1, definition, actor);
    }

    /** Hides the schema; its versions stay, so results made from it remain traceable. Refused while something uses it. */
    @Transactional
    public void delete(SchemaId id, Optional<Integer> basedOn) {
        StoredSchema schema = schemas.lockLive(id.value()).orElseThrow(() -> new SchemaNotFound(id));
        checkVersion(schema, basedOn);
        uses.orderedStream().map(use -> use.user(id)).flatMap(Optional::stream).findFirst().ifPresent(user -> {
            throw new SchemaInUse(id, user);
        });
        schema.markDeleted(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<SchemaVersionSummary> history(SchemaId id) {
        schemas.findLive(id.value()).orElseThrow(() -> new SchemaNotFound(id));
        return versions.history(id.value()).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public SchemaView version(SchemaId id, int version) {
        StoredSchema schema = schemas.findLive(id.value()).orElseThrow(() -> new SchemaNotFound(id));
        SchemaVersion stored = versions.findByKey(new SchemaVersion.Key(id.value(), version))
                .orElseThrow(() -> new SchemaNotFound(id, version));
        return new SchemaView(id, version, schema.createdAt(), stored.createdAt(), stored.createdBy(), schema.sourceSeedId(),
                json.read(stored.definition()));
    }

    private void validate(DataSchema definition, SchemaId id) {
        check(definition);
        if (schemas.nameTakenByOther(definition.name().trim(), id.value())) {
            throw new SchemaNameTaken(definition.name());
        }
    }

    private static void checkVersion(StoredSchema schema, Optional<Integer> basedOn) {
        basedOn.filter(expected -> expected != schema.currentVersion())
                .ifPresent(expected -> {
                    throw new SchemaVersionMismatch(expected, schema.currentVersion(), schema.updatedBy(), schema.updatedAt());
                });
    }

    private SchemaView advance(StoredSchema schema, int version, DataSchema definition, String actor) {
        Instant now = clock.instant();
        String text = json.write(definition);
        schema.advance(version, definition.name().trim(), definition.description(), definition.domain(), text, actor, now);
        schemas.save(schema);
        versions.save(new SchemaVersion(new SchemaVersion.Key(schema.id(), version),
                TenantContext.require().value(), text, now, actor));
        return view(schema);
    }

    private SchemaView view(StoredSchema schema) {
        return new SchemaView(new SchemaId(schema.id()), schema.currentVersion(), schema.createdAt(),
                schema.updatedAt(), schema.updatedBy(), schema.sourceSeedId(), json.read(schema.definition()));
    }

    private SchemaVersionSummary summary(SchemaVersion version) {
        DataSchema definition = json.read(version.definition());
        return new SchemaVersionSummary(version.version(), version.createdAt(), version.createdBy(),
                definition.name(), definition.fields().size());
    }
}
