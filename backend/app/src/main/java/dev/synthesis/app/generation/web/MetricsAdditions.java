package dev.synthesis.app.generation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.synthesis.app.generation.GenerationTiming;

/**
 * Documents, for the OpenAPI document only, what the metrics answer adds to the engine's report:
 * the answer is the stored report's JSON with these fields set, so no class holds it whole.
 *
 * @param generation     the job's timing
 * @param utilityScore   the product proposal's name for {@code qualityScore}
 * @param generationTime seconds from the job's first start to its end
 * @param note           why there is no report (a job generated from the schema alone)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MetricsAdditions(GenerationTiming generation, Double utilityScore, double generationTime, String note) {}
