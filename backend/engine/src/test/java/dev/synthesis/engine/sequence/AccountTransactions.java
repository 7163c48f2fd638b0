package dev.synthesis.engine.sequence;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.SequenceSpec;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seed made for the tests: accounts opened during 2023, each with 5 to 60 transactions. The first
 * comes a log-normal delay after the opening, the next ones log-normal gaps apart (median 1 day);
 * amounts are the account's level (100 to 2,000) plus 3 per transaction plus AR(1) noise with
 * phi = 0.7 and innovation standard deviation 40, in cents and never negative. Multiplicative
 * amounts are the same process on the log scale: log-normal levels (median 55), 2 % more per
 * transaction, AR(1) noise with phi = 0.7 and innovation standard deviation 0.2.
 */
record AccountTransactions(DataSchema schema, Table seed, int[] entityOfRow, Instant[] opened) {

    static final SequenceSpec SPEC = new SequenceSpec("ts", "opened_at");
    static final double PHI = 0.7;
    static final double DRIFT = 3;
    private static final OffsetDateTime YEAR_START = OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static DataSchema transactionSchema() {
        FieldDefinition amount = FieldDefinition.of("amount", FieldType.NUMBER)
                .withConstraints(new Constraints(Bound.of(0), null, null, null, null, true, false, null));
        FieldDefinition id = FieldDefinition.of("id", FieldType.INTEGER)
                .withConstraints(new Constraints(null, null, null, null, null, true, true, null));
        return new DataSchema("transactions", null, null, List.of(id, FieldDefinition.of("account_id", FieldType.INTEGER),
                FieldDefinition.of("ts", FieldType.DATETIME), amount), null, null);
    }

    static AccountTransactions make(int accounts, long seed) {
        return make(accounts, seed, false);
    }

    static AccountTransactions make(int accounts, long seed, boolean multiplicative) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant[] opened = new Instant[accounts];
        List<Object[]> rows = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int account = 0; account < accounts; account++) {
            opened[account] = YEAR_START.plusSeconds(random.nextLong(365 * 86_400L)).toInstant();
            long time = opened[account].getEpochSecond() + logNormalSeconds(random);
            double level = multiplicative ? 4 + random.nextGaussian() : 100 + random.nextDouble() * 1_900;
            double innovation = multiplicative ? 0.2 : 40;
            double drift = multiplicative ? 0.02 : DRIFT;
            double noise = innovation * random.nextGaussian() / Math.sqrt(1 - PHI * PHI);
            int count = 5 + random.nextInt(56);
            for (int event = 0; event < count; event++) {
                double working = level + drift * event + noise;
                double amount = Math.max(0, Math.round((multiplicative ? Math.exp(working) : working) * 100) / 100.0);
                rows.add(new Object[] {(long) rows.size() + 1, (long) account,
                    OffsetDateTime.ofInstant(Instant.ofEpochSecond(time), ZoneOffset.UTC), amount});
                owners.add(account);
                time += logNormalSeconds(random);
                noise = PHI * noise + innovation * random.nextGaussian();
            }
        }
        Table table = new Table(List.of("id", "account_id", "ts", "amount"), rows);
        return new AccountTransactions(transactionSchema(), table, owners.stream().mapToInt(Integer::intValue).toArray(), opened);
    }

    private static long logNormalSeconds(SplittableRandom random) {
        return Math.round(86_400 * Math.exp(random.nextGaussian()));
    }
}
