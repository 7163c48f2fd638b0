package dev.synthesis.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PreviewRowsTest {

    /** Customers and their accounts; an account may belong to another account (a self-reference). */
    private static final DatasetSchema BANK = JsonMapper.builder().build().readValue("""
            {"name": "bank", "tables": [
              {"name": "customers", "fields": [{"name": "id", "type": "integer", "constraints": {"required": true, "unique": true}}]},
              {"name": "accounts", "fields": [
                {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true}},
                {"name": "customer_id", "type": "integer"},
                {"name": "main_account", "type": "integer"}]}],
             "relationships": [
              {"parent": "customers", "parentKey": "id", "child": "accounts", "childKey": "customer_id"},
              {"parent": "accounts", "parentKey": "id", "child": "accounts", "childKey": "main_account"}]}""", DatasetSchema.class);

    @Test
    void keepsOnlyRowsWhoseKeysPointAtRowsItKeeps() {
        Map<String, List<Object[]>> generated = Map.of(
                "customers", List.of(row(1L), row(2L), row(3L)),
                "accounts", List.of(row(10L, 3L, null), row(11L, 1L, 12L), row(12L, 1L, null), row(13L, 2L, 12L), row(14L, 2L, 10L)));

        Map<String, List<Map<String, String>>> preview = PreviewRows.consistent(BANK, generated, 2);

        assertThat(preview.keySet()).containsExactly("customers", "accounts");
        assertThat(preview.get("customers")).extracting(row -> row.get("id")).containsExactly("1", "2");
        // 10: customer 3 is not shown; 11: account 12 comes later; 12 is a main account; 13 belongs to it
        assertThat(preview.get("accounts")).extracting(row -> row.get("id")).containsExactly("12", "13");
        assertThat(preview.get("accounts").get(0).get("main_account")).isNull();
    }

    private static Object[] row(Object... values) {
        return values;
    }
}
