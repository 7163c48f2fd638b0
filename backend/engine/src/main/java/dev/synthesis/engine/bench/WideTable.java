package dev.synthesis.engine.bench;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's wide table: 15 mixed columns (integers, numbers, categories, dates, booleans, a
 * code) whose values depend on a shared latent factor, so the copula has real work to do.
 */
public final class WideTable {

    private static final String[] REGIONS = {"north", "south", "east", "west", "centre"};
    private static final String[] PLANS = {"free", "basic", "pro", "enterprise"};
    private static final String[] CHANNELS = {"web", "shop", "phone", "partner", "email", "social"};

    private WideTable() {}

    public static DataSchema schema() {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of("age", FieldType.INTEGER), FieldDefinition.of("income", FieldType.NUMBER),
                FieldDefinition.of("spend", FieldType.NUMBER), FieldDefinition.of("visits", FieldType.INTEGER),
                FieldDefinition.of("region", FieldType.STRING), FieldDefinition.of("plan", FieldType.STRING),
                FieldDefinition.of("channel", FieldType.STRING), FieldDefinition.of("signup", FieldType.DATE),
                FieldDefinition.of("churned", FieldType.BOOLEAN), FieldDefinition.of("score", FieldType.NUMBER),
                FieldDefinition.of("tenure_days", FieldType.INTEGER), FieldDefinition.of("discount", FieldType.NUMBER),
                FieldDefinition.of("tickets", FieldType.INTEGER), FieldDefinition.of("segment", FieldType.STRING),
                FieldDefinition.of("last_order", FieldType.DATE));
        return new DataSchema("wide", null, null, fields, null, null);
    }

    public static Table rows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2018, 1, 1);
        for (int i = 0; i < count; i++) {
            double latent = random.nextGaussian();
            double noise = random.nextGaussian();
            long age = Math.max(18, Math.min(90, Math.round(40 + 12 * (0.6 * latent + 0.8 * noise))));
            double income = Math.exp(10.5 + 0.4 * latent + 0.3 * random.nextGaussian());
            double spend = income * (0.02 + 0.01 * random.nextDouble());
            long tenure = Math.max(1, Math.round(400 + 300 * latent + 200 * random.nextGaussian()));
            rows.add(new Object[] {age, income, spend, (long) Math.max(0, Math.round(5 + 3 * latent + 2 * noise)),
                REGIONS[random.nextInt(REGIONS.length)], PLANS[Math.min(3, Math.max(0, (int) Math.round(1.5 + latent)))],
                CHANNELS[random.nextInt(CHANNELS.length)], start.plusDays(random.nextInt(2_000)),
                latent + random.nextGaussian() < -1, 50 + 10 * latent + 5 * random.nextGaussian(), tenure,
                Math.round(20 * random.nextDouble()) / 100.0, (long) random.nextInt(6),
                latent > 0.5 ? "high" : latent < -0.5 ? "low" : "mid", start.plusDays(1_000 + random.nextInt(1_000))});
        }
        return new Table(schema().fields().stream().map(FieldDefinition::name).toList(), rows);
    }
}
