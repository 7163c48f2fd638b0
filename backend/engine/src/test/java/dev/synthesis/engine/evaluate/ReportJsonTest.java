package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.evaluate.quality.PairQuality;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportJsonTest {

    @Test
    void writesUndefinedNumbersAsNull() {
        // given a pair whose score is undefined and one with a plain score
        Map<String, Object> report = Map.of(
                "undefined", new PairQuality("a", "b", "CorrelationSimilarity", Double.NaN, Double.NaN, null, null, 1, false),
                "defined", new PairQuality("a", "c", "ContingencySimilarity", 0.75, null, null, 0.4, 0.7, true));
        // when
        JsonNode json = ReportJson.mapper().readTree(ReportJson.write(report));
        // then
        assertThat(json.get("undefined").get("score").isNull()).isTrue();
        assertThat(json.get("undefined").get("real").isNull()).isTrue();
        assertThat(json.get("defined").get("score").asDouble()).isEqualTo(0.75);
        assertThat(json.get("defined").has("real")).isFalse();
    }
}
