package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationshipDetectionTest {

    @Test
    void proposesTheKeysAndBothLinksOfTheBank() {
        BankSeed seed = new BankSeed(7);

        DetectedRelationships detected = RelationshipDetection.detect(seed.tables(), BankSeed.schemas());

        assertThat(detected.primaryKeys()).isEqualTo(
                Map.of("customers", "customer_id", "accounts", "account_id", "transactions", "transaction_id"));
        assertThat(detected.relationships()).extracting(ProposedRelationship::relationship).containsExactlyInAnyOrder(
                TableRelationship.oneToMany("customers", "customer_id", "accounts", "customer_id"),
                TableRelationship.oneToMany("accounts", "account_id", "transactions", "account_id"));
        assertThat(detected.relationships()).allSatisfy(proposed -> assertThat(proposed.inclusion()).isEqualTo(1.0));
        assertThat(detected.orphans()).isEmpty();
    }

    @Test
    void reportsOrphansWithExamplesAndStillProposesTheLink() {
        BankSeed seed = new BankSeed(7);
        List<Object[]> rows = new ArrayList<>(seed.transactions.rows());
        long next = rows.size() + 1L;
        for (long account : new long[] {900_001, 900_002, 900_002}) {
            rows.add(new Object[] {next++, account, 10.0, "card", java.time.LocalDate.of(2024, 1, 1)});
        }
        Map<String, Table> tables = Map.of("customers", seed.customers, "accounts", seed.accounts,
                "transactions", new Table(seed.transactions.columns(), rows));

        DetectedRelationships detected = RelationshipDetection.detect(tables, BankSeed.schemas());

        assertThat(detected.relationships()).extracting(ProposedRelationship::relationship)
                .contains(TableRelationship.oneToMany("accounts", "account_id", "transactions", "account_id"));
        assertThat(detected.orphans()).singleElement().satisfies(orphans -> {
            assertThat(orphans.child()).isEqualTo("transactions");
            assertThat(orphans.rows()).isEqualTo(3);
            assertThat(orphans.examples()).containsExactly("900001", "900002");
        });
    }
}
