package dev.synthesis.engine.profile;

import java.util.Optional;

/** One way a column's values can all be read as a type; rules are tried from the most specific type down. */
interface TypeRule {

    Optional<TypeGuess> apply(ColumnValues column);
}
