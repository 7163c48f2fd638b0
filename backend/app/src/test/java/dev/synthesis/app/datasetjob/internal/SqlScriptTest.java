package dev.synthesis.app.datasetjob.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.dataset.Cardinality;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static final DataSchema CUSTOMERS = table("customers", FieldDefinition.of("id", FieldType.STRING),
            FieldDefinition.of("born", FieldType.DATE));
    private static final DataSchema ORDERS = table("orders", FieldDefinition.of("id", FieldType.INTEGER),
            FieldDefinition.of("customer id", FieldType.STRING), FieldDefinition.of("paid", FieldType.BOOLEAN));
    private static final DatasetSchema SHOP = new DatasetSchema("shop", null, null, List.of(CUSTOMERS, ORDERS),
            List.of(new TableRelationship("customers", "id", "orders", "customer id", Cardinality.ONE_TO_MANY, null, null)));

    @Test
    void aParentGetsItsReferencedKeyAsPrimaryKeyAndAChildItsForeignKey() {
        assertThat(SqlScript.createTable(SHOP, "customers")).isEqualTo("""
                CREATE TABLE "customers" (
                    "id" text,
                    "born" date,
                    PRIMARY KEY ("id")
                );
                """);
        assertThat(SqlScript.createTable(SHOP, "orders")).isEqualTo("""
                CREATE TABLE "orders" (
                    "id" bigint,
                    "customer id" text,
                    "paid" boolean,
                    FOREIGN KEY ("customer id") REFERENCES "customers" ("id")
                );
                """);
        assertThat(SqlScript.copyStart(SHOP, "orders")).isEqualTo("COPY \"orders\" (\"id\", \"customer id\", \"paid\") FROM stdin;\n");
    }

    @Test
    void copyRowsEscapeWhatCopyReadsSpeciallyAndWriteIsoValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SqlCopyRows rows = new SqlCopyRows(out, CUSTOMERS)) {
            rows.accept(new Object[] {"a\tb\\c\nd", LocalDate.of(2024, 3, 12)});
            rows.accept(new Object[] {"x", null});
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\\tb\\\\c\\nd\t2024-03-12\nx\t\\N\n");
    }

    private static DataSchema table(String name, FieldDefinition... fields) {
        return new DataSchema(name, null, null, List.of(fields), null, null);
    }
}
