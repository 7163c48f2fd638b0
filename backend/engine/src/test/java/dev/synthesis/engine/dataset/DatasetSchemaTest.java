package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Relationship;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DatasetSchemaTest {

    @Test
    void refusesACycleBetweenTablesNamingIt() {
        DataSchema a = BankSeed.table("a", BankSeed.key("id"), FieldDefinition.of("b_id", FieldType.INTEGER));
        DataSchema b = BankSeed.table("b", BankSeed.key("id"), FieldDefinition.of("a_id", FieldType.INTEGER));
        DatasetSchema dataset = new DatasetSchema("cyclic", null, null, List.of(a, b), List.of(
                TableRelationship.oneToMany("b", "id", "a", "b_id"), TableRelationship.oneToMany("a", "id", "b", "a_id")));

        assertThat(dataset.violations()).singleElement().asString().contains("cycle (a -> b -> a)");
        assertThatThrownBy(dataset::generationOrder).hasMessageContaining("cycle");
    }

    @Test
    void acceptsASelfReference() {
        DataSchema employees = BankSeed.table("employees", BankSeed.key("employee_id"), FieldDefinition.of("manager_id", FieldType.INTEGER));
        DatasetSchema dataset = new DatasetSchema("hr", null, null, List.of(employees),
                List.of(TableRelationship.oneToMany("employees", "employee_id", "employees", "manager_id")));

        assertThat(dataset.violations()).isEmpty();
        assertThat(dataset.generationOrder()).containsExactly("employees");
    }

    @Test
    void namesUnknownTablesAndFieldsKeysNotUniqueAndTypesThatDiffer() {
        DatasetSchema dataset = new DatasetSchema("bank", null, null, BankSeed.schema().tables(), List.of(
                TableRelationship.oneToMany("clients", "customer_id", "accounts", "customer_id"),
                TableRelationship.oneToMany("customers", "customer_no", "accounts", "customer_id"),
                TableRelationship.oneToMany("customers", "income", "transactions", "amount"),
                TableRelationship.oneToMany("customers", "customer_id", "transactions", "kind")));

        assertThat(dataset.violations()).anySatisfy(message -> assertThat(message).contains("unknown table 'clients'"))
                .anySatisfy(message -> assertThat(message).contains("has no field 'customer_no'"))
                .anySatisfy(message -> assertThat(message).contains("customers.income").contains("must be declared unique"))
                .anySatisfy(message -> assertThat(message).contains("is integer but transactions.kind is string"));
    }

    @Test
    void ordersParentsBeforeChildrenWhateverTheDeclaredOrder() {
        DatasetSchema bank = BankSeed.schema();
        DatasetSchema reversed = new DatasetSchema("bank", null, null, bank.tables().reversed(), bank.relationships());

        assertThat(reversed.generationOrder()).containsExactly("customers", "accounts", "transactions");
    }

    @Test
    void derivesRelationshipsFromFieldLinks() {
        FieldDefinition link = new FieldDefinition("customer_id", FieldType.INTEGER, null, null, null,
                new Relationship("customers.customer_id", null), null, null, null, null, null);
        DataSchema accounts = BankSeed.table("accounts", BankSeed.key("account_id"), link);

        DatasetSchema dataset = DatasetSchema.fromFieldLinks("bank", null, null, List.of(BankSeed.customersSchema(), accounts));

        assertThat(dataset.relationships()).containsExactly(TableRelationship.oneToMany("customers", "customer_id", "accounts", "customer_id"));
        assertThat(dataset.violations()).isEmpty();
    }

    @Test
    void roundTripsThroughJsonWithCamelCaseNamesAndKebabCaseCardinality() {
        DatasetSchema dataset = new DatasetSchema("bank", "accounts and cards", "finance", BankSeed.schema().tables(), List.of(
                new TableRelationship("customers", "customer_id", "accounts", "customer_id", Cardinality.ONE_TO_ONE,
                        new ChildCount(0, 1, 0.8), null),
                new TableRelationship("accounts", "account_id", "transactions", "account_id", null, null,
                        new SequenceSpec("booked", "opened"))));
        JsonMapper mapper = JsonMapper.builder().build();

        String json = mapper.writeValueAsString(dataset);

        assertThat(json).contains("\"cardinality\":\"one-to-one\"", "\"parentKey\":\"customer_id\"", "\"childKey\"",
                "\"children\":{\"min\":0,\"max\":1,\"mean\":0.8}", "\"sequence\":{\"orderBy\":\"booked\",\"parentStart\":\"opened\"}");
        assertThat(mapper.readValue(json, DatasetSchema.class)).isEqualTo(dataset);
        assertThat(mapper.readValue(json.replace("one-to-one", "ONE_TO_ONE"), DatasetSchema.class)).isEqualTo(dataset);
    }
}
