package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MST's first step for one field: its domain and its noisy 1-way marginal over the domain's fine
 * bins. Public domains (an enum, booleans) are counted as declared. A category set that is not
 * declared is released by Gaussian partition selection (Gopi et al., "Differentially private set
 * union", ICML 2020; Google's DP library): the counts of the values that occur get discrete Gaussian
 * noise and a value is released only when its noisy count reaches 1 + σ·√(2 ln(1/δₚ)); a value held
 * by one row then passes with probability at most δₚ, the discrete Gaussian being σ²-sub-Gaussian
 * (Canonne, Kamath and Steinke 2020, proposition 1). The same noisy counts are the 1-way measurement.
 * Numbers and dates are counted over {@link FineBins} within the declared bounds or a
 * {@link PrivateRange}, never the seed's own minimum or maximum.
 *
 * @param noisy one noisy count per fine bin of the domain, the missing bin last
 * @param rho   the zCDP cost of the measurement (its σ is 1/√(2ρ))
 */
record OneWay(FieldDomain domain, double[] noisy, double rho) {

    static OneWay declared(FieldDefinition field, List<Object> column, List<String> categories, double rho, Releases releases) {
        FieldDomain domain = FieldDomain.categorical(field, categories);
        return measure(domain, column, rho, releases);
    }

    static OneWay selected(FieldDefinition field, List<Object> column, double rho, double deltaP, Releases releases) {
        Map<String, Long> counts = new LinkedHashMap<>();
        column.stream().filter(Objects::nonNull).forEach(value -> counts.merge(TypedValues.toText(value), 1L, Long::sum));
        List<String> seen = new ArrayList<>(counts.keySet());
        boolean nullable = !field.constraints().required();
        long[] exact = new long[seen.size() + (nullable ? 1 : 0)];
        for (int i = 0; i < seen.size(); i++) {
            exact[i] = counts.get(seen.get(i));
        }
        if (nullable) {
            exact[seen.size()] = column.stream().filter(Objects::isNull).count();
        }
        long[] noisy = releases.counts("1-way:" + field.name(), exact, rho);
        releases.partitionSelection("categories:" + field.name(), deltaP);
        double threshold = 1 + sigma(rho) * Math.sqrt(2 * Math.log(1 / deltaP));
        Map<String, Double> released = new LinkedHashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            if (noisy[i] >= threshold) {
                released.put(seen.get(i), (double) noisy[i]);
            }
        }
        List<String> order = ordered(field.type(), released);
        FieldDomain domain = FieldDomain.categorical(field, order);
        double[] values = new double[domain.size()];
        for (int i = 0; i < order.size(); i++) {
            values[i] = released.get(order.get(i));
        }
        if (nullable) {
            values[domain.missing()] = noisy[seen.size()];
        }
        return new OneWay(domain, values, rho);
    }

    static OneWay numeric(FieldDefinition field, List<Object> column, AxisBounds range, double rho, Releases releases) {
        return measure(FieldDomain.numeric(field, range), column, rho, releases);
    }

    double sigma() {
        return sigma(rho);
    }

    static double sigma(double rho) {
        return dev.synthesis.engine.dp.Zcdp.gaussianSigma(1, rho);
    }

    private static OneWay measure(FieldDomain domain, List<Object> column, double rho, Releases releases) {
        long[] exact = new long[domain.size()];
        for (Object value : column) {
            int bin = domain.bin(value);
            if (bin >= 0) {
                exact[bin]++;
            }
        }
        long[] noisy = releases.counts("1-way:" + domain.field().name(), exact, rho);
        double[] values = new double[noisy.length];
        for (int i = 0; i < noisy.length; i++) {
            values[i] = noisy[i];
        }
        return new OneWay(domain, values, rho);
    }

    /** Numbers and dates written as categories keep their natural order; other categories go by noisy count. */
    private static List<String> ordered(FieldType type, Map<String, Double> released) {
        Comparator<String> order = type.isNumeric() || type.isTemporal()
                ? Comparator.comparingDouble(text -> TypedValues.toAxis(TypedValues.fromText(type, text)))
                : Comparator.<String>comparingDouble(released::get).reversed().thenComparing(Comparator.naturalOrder());
        return released.keySet().stream().sorted(order).toList();
    }
}
