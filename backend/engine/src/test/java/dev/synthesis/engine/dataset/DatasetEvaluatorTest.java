package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.EvaluationOptions;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetEvaluatorTest {

    @Test
    void scoresCardinalityTrendsAndIntegrityOfAGeneratedBank() {
        // given the bank seed and a dataset generated from it at the seed's size
        BankSeed seed = new BankSeed(7);
        DatasetSchema schema = BankSeed.schema();
        DatasetModel model = DatasetSynthesizer.train(schema, seed.tables(), TrainingOptions.DEFAULT);
        Map<String, Table> synthetic = tables(model, SchemaOnlyDatasetTest.generate(model, model.plan(9, Map.of(), 5_000), 9));

        // when
        DatasetReport report = DatasetEvaluator.evaluate(schema, seed.tables(), synthetic, EvaluationOptions.defaults());

        // then
        assertThat(report.tables()).containsOnlyKeys("customers", "accounts", "transactions");
        assertThat(report.relationships()).hasSize(2).allSatisfy(score -> {
            assertThat(score.cardinalityShapeSimilarity()).isGreaterThan(0.95);
            assertThat(score.danglingKeys()).isZero();
            assertThat(score.orphanRowsInSeed()).isZero();
        });
        ParentChildTrend balanceAmount = report.relationships().get(1).trends().stream()
                .filter(trend -> trend.parentColumn().equals("balance") && trend.childColumn().equals("amount")).findFirst().orElseThrow();
        assertThat(balanceAmount.real()).isGreaterThan(0.8);
        assertThat(balanceAmount.similarity()).isGreaterThan(0.95);
        assertThat(report.quality()).isGreaterThan(0.8);
    }

    @Test
    void countsDanglingKeysWhenParentsAreMissing() {
        BankSeed seed = new BankSeed(7);
        Map<String, Table> synthetic = new HashMap<>(seed.tables());
        synthetic.put("accounts", new Table(seed.accounts.columns(), seed.accounts.rows().subList(0, seed.accounts.rowCount() / 2)));

        DatasetReport report = DatasetEvaluator.evaluate(BankSeed.schema(), seed.tables(), synthetic, EvaluationOptions.defaults());

        long transactionsOfDroppedAccounts = seed.transactions.rows().stream()
                .filter(row -> (Long) row[1] > seed.accounts.rowCount() / 2).count();
        assertThat(report.relationships().get(1).danglingKeys()).isEqualTo(transactionsOfDroppedAccounts);
    }

    private static Map<String, Table> tables(DatasetModel model, Map<String, List<Object[]>> rows) {
        Map<String, Table> tables = new HashMap<>();
        model.schema().tables().forEach(table -> tables.put(table.name(),
                new Table(table.fields().stream().map(field -> field.name()).toList(), rows.get(table.name()))));
        return tables;
    }
}
