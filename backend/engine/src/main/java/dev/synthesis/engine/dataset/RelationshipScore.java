package dev.synthesis.engine.dataset;

import java.util.List;

/**
 * How well one relationship came out.
 *
 * @param cardinalityShapeSimilarity 1 − the Kolmogorov–Smirnov distance between the real and synthetic
 *                                   distributions of children per parent (zeros included), as SDMetrics'
 *                                   CardinalityShapeSimilarity
 * @param trends                     parent column × child column (averaged per parent) correlations
 * @param danglingKeys               synthetic child rows whose foreign key names no synthetic parent
 * @param orphanRowsInSeed           real child rows whose foreign key names no real parent
 */
public record RelationshipScore(String parent, String child, String childKey, double cardinalityShapeSimilarity,
                                List<ParentChildTrend> trends, long danglingKeys, long orphanRowsInSeed) {

    public RelationshipScore {
        trends = List.copyOf(trends);
    }
}
