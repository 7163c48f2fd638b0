package dev.synthesis.engine.model.categorical;

import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learns category frequencies. Categories seen fewer than {@code rareBelow} times are dropped, so a
 * value that could single out a person is never reproduced; their probability mass is spread over the
 * remaining categories in proportion to their frequency (the "other" bucket is sampled from non-rare
 * values). Training under differential privacy learns categories elsewhere ({@code dp.mst}).
 */
public final class CategoricalTrainer {

    private CategoricalTrainer() {}

    /** The fitted sampler, or empty when no category survives protection (the caller then picks another model). */
    public static Optional<CategoricalSampler> fit(FieldDefinition field, List<Object> values, int rareBelow) {
        Map<String, Double> counts = count(field, values);
        List<String> declared = field.constraints().enumValues();
        if (declared != null) {
            counts.keySet().retainAll(declared);
            declared.forEach(value -> counts.putIfAbsent(value, 0.0));
        }
        counts.values().removeIf(count -> count < rareBelow || count <= 0);
        if (counts.isEmpty()) {
            return declared == null ? Optional.empty() : Optional.of(uniform(field.type(), declared));
        }
        return Optional.of(toSampler(field.type(), counts));
    }

    /** Every allowed value equally likely: the schema-only model for enums and booleans. */
    public static CategoricalSampler uniform(FieldType type, List<String> values) {
        double[] weights = new double[values.size()];
        java.util.Arrays.fill(weights, 1);
        return CategoricalSampler.weighted(type, values, weights);
    }

    private static Map<String, Double> count(FieldDefinition field, List<Object> values) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (Object value : values) {
            if (value != null) {
                counts.merge(TypedValues.toText(value), 1.0, Double::sum);
            }
        }
        if (field.type() == FieldType.BOOLEAN) {
            counts.putIfAbsent("true", 0.0);
            counts.putIfAbsent("false", 0.0);
        }
        return counts;
    }

    private static CategoricalSampler toSampler(FieldType type, Map<String, Double> counts) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(order(type));
        List<String> categories = entries.stream().map(Map.Entry::getKey).toList();
        double[] weights = entries.stream().mapToDouble(Map.Entry::getValue).toArray();
        return CategoricalSampler.weighted(type, categories, weights);
    }

    /** Ordinal types keep their natural order so the copula sees "larger" as larger; others go by frequency. */
    private static Comparator<Map.Entry<String, Double>> order(FieldType type) {
        if (type.isNumeric() || type.isTemporal()) {
            return Comparator.comparingDouble(entry -> TypedValues.toAxis(TypedValues.fromText(type, entry.getKey())));
        }
        return Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }
}
