package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import org.junit.jupiter.api.Test;

class JsonSeedReaderTest {

    @Test
    void readsAnArrayOfObjectsWithTheUnionOfTheirKeys() {
        Table table = Seeds.read("people.json", """
                [{"name": "Ann", "age": 34},
                 {"name": "Bob", "email": "bob@example.com", "age": null}]""");

        assertThat(table.columns()).containsExactly("name", "age", "email");
        assertThat(table.rows()).containsExactly(
                new Object[] {"Ann", "34", null},
                new Object[] {"Bob", null, "bob@example.com"});
    }

    @Test
    void keepsScalarsAsWrittenAndNestedValuesAsCompactJson() {
        Table table = Seeds.read("things.json", """
                [{"price": 1.50, "big": 1e3, "ok": true, "tags": [ "a", "b" ], "meta": { "x" : 1 }}]""");

        assertThat(table.rows().getFirst()).containsExactly("1.50", "1e3", "true", "[\"a\",\"b\"]", "{\"x\":1}");
    }

    @Test
    void readsJsonLinesOneObjectPerLine() {
        Table table = Seeds.read("events.jsonl", "{\"id\": 1}\n{\"id\": 2, \"kind\": \"click\"}\n\n{\"id\": 3}\n");

        assertThat(table.columns()).containsExactly("id", "kind");
        assertThat(table.column(0)).containsExactly("1", "2", "3");
    }

    @Test
    void rejectsAnElementThatIsNotAnObject() {
        assertThatThrownBy(() -> Seeds.read("mixed.json", "[{\"a\": 1},\n 42]"))
                .isInstanceOf(BadInput.class)
                .hasMessage("mixed.json: line 2: expected a JSON object, found a number");
    }

    @Test
    void namesTheLineOfMalformedJsonInWords() {
        assertThatThrownBy(() -> Seeds.read("broken.jsonl", "{\"a\": 1}\n{\"a\": 2,,}\n"))
                .isInstanceOf(BadInput.class)
                .hasMessage("broken.jsonl: line 2: not valid JSON: unexpected character ','");
        assertThatThrownBy(() -> Seeds.read("cut.json", "[{\"a\": [1, 2"))
                .hasMessage("cut.json: line 1: the JSON ends before every bracket and quote is closed");
        assertThatThrownBy(() -> Seeds.read("words.json", "[hello]"))
                .hasMessage("words.json: line 1: not valid JSON: unexpected text 'hello'");
    }

    @Test
    void namesTheKeyOfAValueLongerThanTheLimit() {
        String json = "[{\"id\": 1, \"bio\": \"" + "x".repeat(20) + "\"}]";

        assertThatThrownBy(() -> Seeds.read("people.json", json, ReadLimits.DEFAULTS.withMaxFieldLength(10)))
                .isInstanceOf(BadInput.class)
                .hasMessage("people.json: line 1, column \"bio\": field longer than 10 characters");
    }

    @Test
    void countsDistinctKeysAgainstTheColumnLimit() {
        assertThatThrownBy(() -> Seeds.read("keys.jsonl", "{\"a\": 1}\n{\"b\": 2}\n{\"c\": 3}\n", ReadLimits.DEFAULTS.withMaxColumns(2)))
                .isInstanceOf(BadInput.class)
                .hasMessage("keys.jsonl: line 3: more than 2 columns");
    }
}
