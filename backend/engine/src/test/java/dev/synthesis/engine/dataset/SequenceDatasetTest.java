package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.generate.TrainingOptions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SequenceDatasetTest {

    @Test
    void transactionsComeInTimeOrderPerAccountNeverBeforeItsOpeningWithIntactKeys() {
        // given the bank whose transactions are a sequence per account, booked from the account's opening
        DatasetSchema bank = BankSeed.schema();
        DatasetSchema schema = new DatasetSchema("bank", null, null, bank.tables(), List.of(bank.relationships().get(0),
                new TableRelationship("accounts", "account_id", "transactions", "account_id", null, null,
                        new SequenceSpec("booked", "opened"))));
        DatasetModel model = DatasetSynthesizer.train(schema, new BankSeed(7).tables(), TrainingOptions.DEFAULT);

        // when
        Map<String, List<Object[]>> rows = SchemaOnlyDatasetTest.generate(model, model.plan(4, Map.of("customers", 1_000L), 2_000), 4);

        // then
        Map<Object, LocalDate> opened = new HashMap<>();
        rows.get("accounts").forEach(row -> opened.put(row[0], (LocalDate) row[3]));
        Map<Object, LocalDate> last = new HashMap<>();
        Set<Object> ids = new HashSet<>();
        long outOfOrder = 0;
        for (Object[] row : rows.get("transactions")) {
            LocalDate booked = (LocalDate) row[4];
            assertThat(opened).containsKey(row[1]);
            assertThat(booked).isAfterOrEqualTo(opened.get(row[1]));
            outOfOrder += last.containsKey(row[1]) && booked.isBefore(last.get(row[1])) ? 1 : 0;
            last.put(row[1], booked);
            ids.add(row[0]);
        }
        assertThat(outOfOrder).isZero();
        assertThat(ids).hasSize(rows.get("transactions").size());
        assertThat(rows.get("transactions")).hasSizeGreaterThan(3_000);
        assertThat(text(roundTrip(model), 4)).isEqualTo(text(model, 4));
    }

    private static DatasetModel roundTrip(DatasetModel model) {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        DatasetModelFiles.write(model, file);
        return DatasetModelFiles.read(new java.io.ByteArrayInputStream(file.toByteArray()));
    }

    private static List<String> text(DatasetModel model, long seed) {
        return SchemaOnlyDatasetTest.generate(model, model.plan(seed, Map.of("customers", 100L), 2_000), seed).get("transactions")
                .stream().map(java.util.Arrays::toString).toList();
    }
}
