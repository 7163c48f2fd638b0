package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A three-table seed made for the tests: customers → accounts → transactions. Accounts per customer are
 * skewed with zeros and grow with income; an account's balance follows its customer's income, and its
 * transactions' amounts follow its balance (joined correlation about 0.75); transactions per account
 * are overdispersed with zeros and booked in time order from the account's opening, about ten days apart.
 */
final class BankSeed {

    static final int CUSTOMERS = 2_000;

    final Table customers;
    final Table accounts;
    final Table transactions;

    BankSeed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> customerRows = new ArrayList<>();
        List<Object[]> accountRows = new ArrayList<>();
        List<Object[]> transactionRows = new ArrayList<>();
        String[] segments = {"retail", "retail", "retail", "premium", "business"};
        for (long customer = 1; customer <= CUSTOMERS; customer++) {
            double incomeScore = random.nextGaussian();
            double income = Math.round(Math.exp(10.5 + 0.4 * incomeScore));
            customerRows.add(new Object[] {customer, income, segments[random.nextInt(segments.length)]});
            int accountsOfCustomer = skewedCount(random, incomeScore > 0.5 ? 2.2 : 1.2);
            for (int a = 0; a < accountsOfCustomer; a++) {
                long account = accountRows.size() + 1L;
                double balance = Math.round(1000 + 300 * incomeScore + 200 * random.nextGaussian());
                LocalDate opened = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
                accountRows.add(new Object[] {account, customer, balance, opened});
                int transactionsOfAccount = skewedCount(random, 3 + balance / 400);
                LocalDate booked = opened;
                for (int t = 0; t < transactionsOfAccount; t++) {
                    double amount = Math.round((20 + 0.05 * balance + 15 * random.nextGaussian()) * 100) / 100.0;
                    String kind = random.nextDouble() < 0.7 ? "card" : "transfer";
                    booked = booked.plusDays(Math.round(-10 * Math.log(1 - random.nextDouble())));
                    transactionRows.add(new Object[] {transactionRows.size() + 1L, account, amount, kind, booked});
                }
            }
        }
        customers = new Table(List.of("customer_id", "income", "segment"), customerRows);
        accounts = new Table(List.of("account_id", "customer_id", "balance", "opened"), accountRows);
        transactions = new Table(List.of("transaction_id", "account_id", "amount", "kind", "booked"), transactionRows);
    }

    /** A geometric-Poisson mixture: many zeros and ones, a long tail. */
    private static int skewedCount(SplittableRandom random, double mean) {
        double rate = mean * -Math.log(1 - random.nextDouble());
        int count = 0;
        double limit = Math.exp(-rate);
        for (double product = random.nextDouble(); product > limit; product *= random.nextDouble()) {
            count++;
        }
        return count;
    }

    Map<String, Table> tables() {
        return Map.of("customers", customers, "accounts", accounts, "transactions", transactions);
    }

    static DatasetSchema schema() {
        return new DatasetSchema("bank", null, "finance", List.of(customersSchema(), accountsSchema(), transactionsSchema()),
                List.of(TableRelationship.oneToMany("customers", "customer_id", "accounts", "customer_id"),
                        TableRelationship.oneToMany("accounts", "account_id", "transactions", "account_id")));
    }

    static Map<String, DataSchema> schemas() {
        return Map.of("customers", customersSchema(), "accounts", accountsSchema(), "transactions", transactionsSchema());
    }

    static DataSchema customersSchema() {
        return table("customers", key("customer_id"), FieldDefinition.of("income", FieldType.NUMBER),
                FieldDefinition.of("segment", FieldType.STRING));
    }

    static DataSchema accountsSchema() {
        return table("accounts", key("account_id"), FieldDefinition.of("customer_id", FieldType.INTEGER),
                FieldDefinition.of("balance", FieldType.NUMBER), FieldDefinition.of("opened", FieldType.DATE));
    }

    static DataSchema transactionsSchema() {
        return table("transactions", key("transaction_id"), FieldDefinition.of("account_id", FieldType.INTEGER),
                FieldDefinition.of("amount", FieldType.NUMBER), FieldDefinition.of("kind", FieldType.STRING),
                FieldDefinition.of("booked", FieldType.DATE));
    }

    static FieldDefinition key(String name) {
        return FieldDefinition.of(name, FieldType.INTEGER)
                .withConstraints(new Constraints(null, null, null, null, null, true, true, null));
    }

    static DataSchema table(String name, FieldDefinition... fields) {
        return new DataSchema(name, null, null, List.of(fields), null, null);
    }
}
