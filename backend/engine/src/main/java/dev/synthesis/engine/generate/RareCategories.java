package dev.synthesis.engine.generate;

import dev.synthesis.engine.schema.PrivacyLevel;

/**
 * The k below which a category (or a text context) counts as rare and is not reproduced: a value seen
 * fewer than k times in the seed could single out the few records that hold it.
 */
final class RareCategories {

    private RareCategories() {}

    static int threshold(PrivacyLevel level) {
        return switch (level) {
            case LOW -> 1;
            case MEDIUM -> 5;
            case HIGH -> 10;
        };
    }
}
