package dev.synthesis.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    record Field(String type, String name, Map<String, Object> options) {}

    @Test
    void keysAreSortedWhateverOrderTheyCameInSoEqualValuesHashAlike() {
        Map<String, Object> oneOrder = new LinkedHashMap<>();
        oneOrder.put("min", 1);
        oneOrder.put("max", 9);
        Map<String, Object> otherOrder = new LinkedHashMap<>();
        otherOrder.put("max", 9);
        otherOrder.put("min", 1);

        String json = new String(CanonicalJson.of(new Field("integer", "age", oneOrder)), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"name\":\"age\",\"options\":{\"max\":9,\"min\":1},\"type\":\"integer\"}");
        assertThat(CanonicalJson.sha256(new Field("integer", "age", otherOrder)))
                .isEqualTo(CanonicalJson.sha256(new Field("integer", "age", oneOrder)));
    }
}
