package dev.synthesis.engine.evaluate;

/** How the evaluation treats a column. */
public enum ColumnKind {
    /** Ordered values compared by distribution: numbers with many distinct values, dates as epoch seconds. */
    NUMERIC,
    /** Discrete values compared by frequency: strings, booleans and numbers with few distinct values. */
    CATEGORICAL,
    /** Not compared: identifiers, personal data, nested JSON. */
    SKIPPED
}
