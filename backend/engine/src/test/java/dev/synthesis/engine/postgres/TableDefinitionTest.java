package dev.synthesis.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {

    static final DataSchema ORDERS = new DataSchema("orders", null, null, List.of(
            field("id", FieldType.INTEGER, true, true),
            FieldDefinition.of("amount", FieldType.NUMBER).withRepresentation(
                    FieldDefinition.of("amount", FieldType.NUMBER).representation().withDecimals(2, true)),
            FieldDefinition.of("share", FieldType.NUMBER),
            field("customer \"vip\"", FieldType.STRING, true, false),
            field("code", FieldType.STRING, false, true),
            FieldDefinition.of("paid", FieldType.BOOLEAN),
            FieldDefinition.of("day", FieldType.DATE),
            FieldDefinition.of("at", FieldType.DATETIME),
            FieldDefinition.of("extra", FieldType.JSON)), null, null);

    @Test
    void givesEachFieldTheColumnTypeOfItsValuesAndKeysTheRequiredUniqueId() {
        assertThat(TableDefinition.createTable("orders", ORDERS)).isEqualTo("""
                create table "orders" (
                    "id" bigint primary key,
                    "amount" numeric(38, 2),
                    "share" double precision,
                    "customer ""vip""\" text not null,
                    "code" text unique,
                    "paid" boolean,
                    "day" date,
                    "at" timestamp,
                    "extra" jsonb
                )""");
    }

    @Test
    void quotesNamesSoNoneCanEndTheStatement() {
        assertThat(TableDefinition.quote("x\"; drop table t; --")).isEqualTo("\"x\"\"; drop table t; --\"");
    }

    static FieldDefinition field(String name, FieldType type, boolean required, boolean unique) {
        return FieldDefinition.of(name, type)
                .withConstraints(new Constraints(null, null, null, null, null, required, unique, null));
    }
}
