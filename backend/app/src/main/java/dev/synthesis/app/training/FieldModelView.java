package dev.synthesis.app.training;

import java.util.Map;

/** The model fitted for one field, with what training measured about it. */
public record FieldModelView(String field, String modelType, Map<String, Object> trainingMetrics) {}
