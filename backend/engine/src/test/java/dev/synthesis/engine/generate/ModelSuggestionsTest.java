package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.ModelCompatibility;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelSuggestionsTest {

    @Test
    void suggestsForEveryTypeAModelThatCanProduceIt() {
        for (FieldType type : FieldType.values()) {
            FieldModel suggested = ModelSuggestions.forType(type);
            assertThat(suggested).as("%s", type).isNotEqualTo(FieldModel.AUTO);
            assertThat(ModelCompatibility.allows(suggested, type)).as("%s for %s", suggested, type).isTrue();
        }
    }

    @Test
    void aDesignedStringIsCategoricalAndJsonIsJson() {
        assertThat(ModelSuggestions.forType(FieldType.STRING)).isEqualTo(FieldModel.CATEGORICAL);
        assertThat(ModelSuggestions.forType(FieldType.INTEGER)).isEqualTo(FieldModel.NUMERIC);
        assertThat(ModelSuggestions.forType(FieldType.JSON)).isEqualTo(FieldModel.JSON);
    }

    @Test
    void everyModelExplainsItselfInOneLine() {
        assertThat(Arrays.stream(FieldModel.values()).map(FieldModel::explanation))
                .allSatisfy(line -> assertThat(line).isNotBlank().doesNotContain("\n").hasSizeLessThan(140));
    }
}
