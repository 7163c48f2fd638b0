package dev.synthesis.engine.model.categorical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws one of a fixed list of categories by inverting their cumulative frequencies. */
@JsonTypeName("categorical")
public final class CategoricalSampler implements MarginalSampler {

    private final FieldType type;
    private final List<String> categories;
    private final double[] cumulative;
    private final Object[] typed;
    private final Map<String, Integer> index = new HashMap<>();

    /** {@code cumulative[i]} is the probability of categories 0..i; the last entry is 1. */
    @JsonCreator
    public CategoricalSampler(@JsonProperty("type") FieldType type,
                              @JsonProperty("categories") List<String> categories,
                              @JsonProperty("cumulative") double[] cumulative) {
        if (categories.isEmpty() || categories.size() != cumulative.length) {
            throw new IllegalArgumentException("a categorical model needs one cumulative weight per category");
        }
        this.type = type;
        this.categories = List.copyOf(categories);
        this.cumulative = cumulative.clone();
        this.typed = categories.stream().map(text -> TypedValues.fromText(type, text)).toArray();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
    }

    /** Normalises non-negative weights into a sampler. */
    public static CategoricalSampler weighted(FieldType type, List<String> categories, double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[weights.length - 1] = 1.0;
        return new CategoricalSampler(type, categories, cumulative);
    }

    /** The same distribution with the categories in another order (the order the copula's uniform runs through). */
    public CategoricalSampler reorder(List<String> order) {
        double[] weights = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            int position = index.get(order.get(i));
            weights[i] = cumulative[position] - (position == 0 ? 0 : cumulative[position - 1]);
        }
        return weighted(type, order, weights);
    }

    @JsonProperty
    public FieldType type() {
        return type;
    }

    @JsonProperty
    public List<String> categories() {
        return categories;
    }

    @JsonProperty
    public double[] cumulative() {
        return cumulative.clone();
    }

    @Override
    public Object sample(SampleContext context) {
        double u = context.uniform();
        int position = Arrays.binarySearch(cumulative, u);
        int chosen = position >= 0 ? position : -position - 1;
        return typed[Math.min(chosen, typed.length - 1)];
    }

    @Override
    public double cdf(Object value, double jitter) {
        Integer position = value == null ? null : index.get(TypedValues.toText(value));
        if (position == null) {
            return jitter;
        }
        double below = position == 0 ? 0 : cumulative[position - 1];
        return below + jitter * (cumulative[position] - below);
    }
}
