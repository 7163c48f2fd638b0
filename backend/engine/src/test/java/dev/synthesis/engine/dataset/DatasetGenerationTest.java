package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.testing.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetGenerationTest {

    private static BankSeed seed;
    private static DatasetModel model;

    @BeforeAll
    static void train() {
        seed = new BankSeed(7);
        model = DatasetSynthesizer.train(BankSeed.schema(), seed.tables(), TrainingOptions.DEFAULT);
    }

    @Test
    void aMillionTransactionsHaveNoDanglingKeysUniqueKeysAndTheSeedsCountsAndCorrelation() {
        // given a plan for about a million transactions in parts of 250,000 rows
        long customers = 1_000_000L * seed.customers.rowCount() / seed.transactions.rowCount();
        long planning = System.nanoTime();
        DatasetPlan plan = model.plan(11, Map.of("customers", customers), 250_000);
        double planSeconds = (System.nanoTime() - planning) / 1e9;
        Checks checks = new Checks();

        // when
        long start = System.nanoTime();
        for (int part = 0; part < plan.parts().size(); part++) {
            model.generate(11, plan, part, checks::sink);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // then
        long transactions = plan.rowsPerTable().get("transactions");
        System.out.printf("dataset: %s rows in %d parts, plan %.1f s, generation %.1f s, %.0f rows/s%n", plan.rowsPerTable(),
                plan.parts().size(), planSeconds, seconds, plan.totalRows() / seconds);
        assertThat(transactions).isBetween(900_000L, 1_100_000L);
        assertThat(checks.transactionIds).isEqualTo(transactions);
        assertThat(checks.dangling).isZero();
        assertThat(checks.duplicateKeys()).isZero();
        double accountsKs = Stats.ksDistance(seedCounts(seed.customers, seed.accounts, 1), checks.accountsPerCustomer());
        double transactionsKs = Stats.ksDistance(seedCounts(seed.accounts, seed.transactions, 1), checks.transactionsPerAccount());
        double seedCorrelation = seedBalanceAmountCorrelation();
        double correlation = checks.balanceAmountCorrelation();
        System.out.printf("KS accounts/customer %.4f, transactions/account %.4f; balance-amount correlation seed %.3f synthetic %.3f%n",
                accountsKs, transactionsKs, seedCorrelation, correlation);
        assertThat(accountsKs).isLessThan(0.05);
        assertThat(transactionsKs).isLessThan(0.05);
        assertThat(correlation).isCloseTo(seedCorrelation, offset(0.1));
    }

    @Test
    void partsConcatenatedEqualOnePart() {
        DatasetPlan parts = model.plan(5, Map.of("customers", 600L), 700);
        DatasetPlan whole = model.plan(5, Map.of("customers", 600L), Long.MAX_VALUE);

        Map<String, List<String>> fromParts = collect(parts);
        Map<String, List<String>> fromWhole = collect(whole);

        assertThat(parts.parts()).hasSizeGreaterThan(3);
        assertThat(whole.parts()).hasSize(1);
        assertThat(parts.rowsPerTable()).isEqualTo(whole.rowsPerTable());
        assertThat(fromParts).isEqualTo(fromWhole);
    }

    @Test
    void aSecondBatchContinuesTheNumberingAndRepeatsNoKeyOfTheFirst() {
        DatasetPlan first = model.plan(5, Map.of("customers", 300L), 1_000);
        DatasetPlan second = model.plan(5, Map.of("customers", 300L), 1_000, first.rowsPerTable());

        Map<String, List<Object[]>> earlier = SchemaOnlyDatasetTest.generate(model, first, 5);
        Map<String, List<Object[]>> later = SchemaOnlyDatasetTest.generate(model, second, 5);

        for (String table : List.of("customers", "accounts", "transactions")) {
            Set<Object> keys = column(earlier.get(table), 0);
            assertThat(column(later.get(table), 0)).hasSize(later.get(table).size()).doesNotContainAnyElementsOf(keys);
        }
        assertThat(column(later.get("customers"), 0)).containsAll(column(later.get("accounts"), 1));
        assertThat(column(later.get("accounts"), 0)).containsAll(column(later.get("transactions"), 1));
    }

    private static Set<Object> column(List<Object[]> rows, int index) {
        Set<Object> values = new HashSet<>();
        rows.forEach(row -> values.add(row[index]));
        return values;
    }

    @Test
    void theModelFileRoundTripsToTheSameRows() {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        DatasetModelFiles.write(model, file);
        DatasetModel read = DatasetModelFiles.read(new java.io.ByteArrayInputStream(file.toByteArray()));

        DatasetPlan plan = model.plan(5, Map.of("customers", 200L), 1_000);
        assertThat(read.plan(5, Map.of("customers", 200L), 1_000)).isEqualTo(plan);
        assertThat(collectWith(read, plan)).isEqualTo(collect(plan));
    }

    private static Map<String, List<String>> collect(DatasetPlan plan) {
        return collectWith(model, plan);
    }

    /** Every table's rows as text, generated with seed 5 (the seed the plans are made with). */
    private static Map<String, List<String>> collectWith(DatasetModel dataset, DatasetPlan plan) {
        Map<String, List<String>> rows = new HashMap<>();
        for (int part = 0; part < plan.parts().size(); part++) {
            dataset.generate(5, plan, part, table -> row -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(Arrays.toString(row)));
        }
        return rows;
    }

    /** Children per parent row in a seed, zeros included. */
    static double[] seedCounts(Table parents, Table children, int foreignKey) {
        Map<Object, Integer> counts = new HashMap<>();
        children.rows().forEach(row -> counts.merge(row[foreignKey], 1, Integer::sum));
        return parents.rows().stream().mapToDouble(row -> counts.getOrDefault(row[0], 0)).toArray();
    }

    private static double seedBalanceAmountCorrelation() {
        Map<Object, Double> balances = new HashMap<>();
        seed.accounts.rows().forEach(row -> balances.put(row[0], (Double) row[2]));
        double[] x = seed.transactions.rows().stream().mapToDouble(row -> balances.get(row[1])).toArray();
        double[] y = seed.transactions.rows().stream().mapToDouble(row -> (Double) row[2]).toArray();
        return Stats.pearson(x, y);
    }

    /** Streams the generated rows through the checks, keeping only keys, counts and sums. */
    private static final class Checks {
        final Set<Long> customers = new HashSet<>();
        final Map<Long, Double> balances = new HashMap<>();
        final Map<Long, Integer> accountsOf = new HashMap<>();
        final Map<Long, Integer> transactionsOf = new HashMap<>();
        long[] ids = new long[1 << 20];
        long transactionIds;
        long dangling;
        int accountDuplicates;
        double n;
        double sx;
        double sy;
        double sxx;
        double syy;
        double sxy;

        dev.synthesis.engine.data.RowSink sink(String table) {
            return switch (table) {
                case "customers" -> row -> {
                    if (!customers.add((Long) row[0])) {
                        accountDuplicates++;
                    }
                };
                case "accounts" -> row -> {
                    dangling += customers.contains((Long) row[1]) ? 0 : 1;
                    accountsOf.merge((Long) row[1], 1, Integer::sum);
                    if (balances.put((Long) row[0], (Double) row[2]) != null) {
                        accountDuplicates++;
                    }
                };
                default -> row -> transaction((Long) row[0], (Long) row[1], (Double) row[2]);
            };
        }

        private void transaction(long id, long account, double amount) {
            Double balance = balances.get(account);
            if (balance == null) {
                dangling++;
                return;
            }
            transactionsOf.merge(account, 1, Integer::sum);
            if (transactionIds == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[(int) transactionIds++] = id;
            n++;
            sx += balance;
            sy += amount;
            sxx += balance * balance;
            syy += amount * amount;
            sxy += balance * amount;
        }

        long duplicateKeys() {
            long[] sorted = Arrays.copyOf(ids, (int) transactionIds);
            Arrays.sort(sorted);
            long duplicates = accountDuplicates;
            for (int i = 1; i < sorted.length; i++) {
                duplicates += sorted[i] == sorted[i - 1] ? 1 : 0;
            }
            return duplicates;
        }

        double[] accountsPerCustomer() {
            return customers.stream().mapToDouble(customer -> accountsOf.getOrDefault(customer, 0)).toArray();
        }

        double[] transactionsPerAccount() {
            return balances.keySet().stream().mapToDouble(account -> transactionsOf.getOrDefault(account, 0)).toArray();
        }

        double balanceAmountCorrelation() {
            double cov = sxy / n - (sx / n) * (sy / n);
            return cov / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
        }
    }
}
