package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.Orphans;
import dev.synthesis.engine.dataset.ProposedRelationship;
import java.util.List;

/**
 * What several seeds, one per table, propose as a dataset, for the user to accept or edit before
 * saving it (POST /api/datasets/from-seeds).
 *
 * @param relationships the foreign keys the values support, each with its inclusion and the reason
 * @param orphans       per proposed foreign key, the seed's child rows whose key no parent row has
 */
public record DetectedDataset(List<DetectedTable> tables, List<ProposedRelationship> relationships, List<Orphans> orphans) {}
