package dev.synthesis.app.training;

import dev.synthesis.app.seed.SeedId;

/**
 * A training run that asks for differential privacy, as it is charged to its seed's budget: the ε
 * and δ of the schema it trains (after its privacy preset), not what the mechanisms end up using.
 */
public record PrivateTraining(TrainingRunId run, SeedId seed, double epsilon, double delta) {}
