package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchemaOnlyDatasetTest {

    @Test
    void declaredChildCountsDefaultsAndSecondaryReferencesHoldWithoutSeeds() {
        // given the bank with merchants, accounts declared at 0..5 with mean 2, transactions at the default (mean 3)
        DataSchema merchants = BankSeed.table("merchants", BankSeed.key("merchant_id"), FieldDefinition.of("name", FieldType.STRING));
        DataSchema transactions = BankSeed.table("transactions", BankSeed.key("transaction_id"),
                FieldDefinition.of("account_id", FieldType.INTEGER), FieldDefinition.of("merchant_id", FieldType.INTEGER),
                FieldDefinition.of("amount", FieldType.NUMBER));
        DatasetSchema schema = new DatasetSchema("bank", null, null,
                List.of(BankSeed.customersSchema(), BankSeed.accountsSchema(), transactions, merchants), List.of(
                new TableRelationship("customers", "customer_id", "accounts", "customer_id", null, new ChildCount(0, 5, 2.0), null),
                TableRelationship.oneToMany("accounts", "account_id", "transactions", "account_id"),
                TableRelationship.oneToMany("merchants", "merchant_id", "transactions", "merchant_id")));
        DatasetModel model = DatasetSynthesizer.train(schema, Map.of(), TrainingOptions.DEFAULT);

        // when
        DatasetPlan plan = model.plan(1, Map.of("customers", 5_000L, "merchants", 40L), 10_000);
        Map<String, List<Object[]>> rows = generate(model, plan, 1);

        // then
        assertThat(model.rootTables()).containsExactly("customers", "merchants");
        assertThat((double) plan.rowsPerTable().get("accounts") / 5_000).isCloseTo(2.0, offset(0.1));
        assertThat((double) plan.rowsPerTable().get("transactions") / plan.rowsPerTable().get("accounts")).isCloseTo(3.0, offset(0.1));
        assertThat(keys(rows.get("accounts"), 0)).hasSize(rows.get("accounts").size());
        assertThat(keys(rows.get("customers"), 0)).containsAll(keys(rows.get("accounts"), 1));
        assertThat(keys(rows.get("accounts"), 0)).containsAll(keys(rows.get("transactions"), 1));
        assertThat(keys(rows.get("merchants"), 0)).hasSize(40).containsAll(keys(rows.get("transactions"), 2));
        assertThat(keys(rows.get("transactions"), 2)).hasSizeGreaterThan(35);
    }

    @Test
    void aOneToOneRelationshipGivesAtMostOneChildAtTheDeclaredShare() {
        DataSchema profiles = BankSeed.table("profiles", BankSeed.key("profile_id"), FieldDefinition.of("customer_id", FieldType.INTEGER));
        DatasetSchema schema = new DatasetSchema("bank", null, null, List.of(BankSeed.customersSchema(), profiles), List.of(
                new TableRelationship("customers", "customer_id", "profiles", "customer_id", Cardinality.ONE_TO_ONE,
                        new ChildCount(null, null, 0.7), null)));
        DatasetModel model = DatasetSynthesizer.train(schema, Map.of(), TrainingOptions.DEFAULT);

        Map<String, List<Object[]>> rows = generate(model, model.plan(2, Map.of("customers", 10_000L), 4_000), 2);

        assertThat(keys(rows.get("profiles"), 1)).hasSize(rows.get("profiles").size());
        assertThat(rows.get("profiles").size() / 10_000.0).isCloseTo(0.7, offset(0.02));
        assertThat(keys(rows.get("customers"), 0)).containsAll(keys(rows.get("profiles"), 1));
    }

    @Test
    void aTableWithoutASeedBetweenTwoWithSeedsKeepsIntegrityAndLearnsWhatItCan() {
        // given seeds for customers and transactions, none for accounts
        BankSeed seed = new BankSeed(7);
        DatasetModel model = DatasetSynthesizer.train(BankSeed.schema(),
                Map.of("customers", seed.customers, "transactions", seed.transactions), TrainingOptions.DEFAULT);

        // when
        DatasetPlan plan = model.plan(6, Map.of(), 5_000);
        Map<String, List<Object[]>> rows = generate(model, plan, 6);

        // then: customers as in the seed, accounts at the default mean of 3, transactions per account as the seed's
        // accounts that have transactions (its zeros cannot be seen without the accounts seed)
        assertThat(plan.rootRows()).containsEntry("customers", (long) BankSeed.CUSTOMERS);
        assertThat((double) plan.rowsPerTable().get("accounts") / BankSeed.CUSTOMERS).isCloseTo(3.0, offset(0.15));
        double seedMean = (double) seed.transactions.rowCount() / seed.transactions.rows().stream().map(row -> row[1]).distinct().count();
        assertThat((double) plan.rowsPerTable().get("transactions") / plan.rowsPerTable().get("accounts")).isCloseTo(seedMean, offset(0.3));
        assertThat(keys(rows.get("customers"), 0)).containsAll(keys(rows.get("accounts"), 1));
        assertThat(keys(rows.get("accounts"), 0)).containsAll(keys(rows.get("transactions"), 1));
    }

    @Test
    void aSelfReferencePointsAtEarlierRowsWithTheSeedsShareOfRoots() {
        // given 500 employees, the first 10 without a manager, the others managed by an earlier employee
        SplittableRandom random = new SplittableRandom(3);
        List<Object[]> seedRows = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            seedRows.add(new Object[] {id, id <= 10 ? null : 1 + random.nextLong(id - 1), 30_000.0 + random.nextInt(50_000)});
        }
        DataSchema employees = BankSeed.table("employees", BankSeed.key("employee_id"), FieldDefinition.of("manager_id", FieldType.INTEGER),
                FieldDefinition.of("salary", FieldType.NUMBER));
        DatasetSchema schema = new DatasetSchema("hr", null, null, List.of(employees),
                List.of(TableRelationship.oneToMany("employees", "employee_id", "employees", "manager_id")));
        DatasetModel model = DatasetSynthesizer.train(schema,
                Map.of("employees", new Table(List.of("employee_id", "manager_id", "salary"), seedRows)), TrainingOptions.DEFAULT);

        // when
        List<Object[]> rows = generate(model, model.plan(2, Map.of("employees", 20_000L), 3_000), 2).get("employees");

        // then every manager is an employee generated before
        Set<Object> earlier = new HashSet<>();
        long roots = 0;
        for (Object[] row : rows) {
            if (row[1] == null) {
                roots++;
            } else {
                assertThat(earlier).contains(row[1]);
            }
            earlier.add(row[0]);
        }
        assertThat(rows).hasSize(20_000);
        assertThat(roots / 20_000.0).isCloseTo(10 / 500.0, offset(0.005));
    }

    static Map<String, List<Object[]>> generate(DatasetModel model, DatasetPlan plan, long seed) {
        Map<String, List<Object[]>> rows = new HashMap<>();
        for (int part = 0; part < plan.parts().size(); part++) {
            model.generate(seed, plan, part, table -> row -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row.clone()));
        }
        return rows;
    }

    private static Set<Object> keys(List<Object[]> rows, int column) {
        Set<Object> keys = new HashSet<>();
        rows.forEach(row -> keys.add(row[column]));
        return keys;
    }
}
