package dev.synthesis.engine.dataset;

import java.util.List;
import java.util.Map;

/** What {@link RelationshipDetection} proposes: a primary key per table, foreign keys, and the seeds' orphans. */
public record DetectedRelationships(Map<String, String> primaryKeys, List<ProposedRelationship> relationships, List<Orphans> orphans) {

    public DetectedRelationships {
        primaryKeys = Map.copyOf(primaryKeys);
        relationships = List.copyOf(relationships);
        orphans = List.copyOf(orphans);
    }
}
