package dev.synthesis.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueConversionTest {

    @Test
    void convertsIntegersIncludingSpreadsheetWholeNumbers() {
        assertThat(convert(FieldType.INTEGER, " 42 ")).isEqualTo(42L);
        assertThat(convert(FieldType.INTEGER, "12.0")).isEqualTo(12L);
        assertThatThrownBy(() -> convert(FieldType.INTEGER, "1.5")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> convert(FieldType.INTEGER, "99999999999999999999")).hasMessageContaining("64-bit");
    }

    @Test
    void refusesNumbersJavaWouldAcceptButDataShouldNot() {
        assertThat(convert(FieldType.NUMBER, "-1.5e3")).isEqualTo(-1500.0);
        assertThatThrownBy(() -> convert(FieldType.NUMBER, "NaN")).hasMessage("not a number");
        assertThatThrownBy(() -> convert(FieldType.NUMBER, "1d")).hasMessage("not a number");
    }

    @Test
    void readsBooleanSpellings() {
        assertThat(convert(FieldType.BOOLEAN, "Yes")).isEqualTo(true);
        assertThat(convert(FieldType.BOOLEAN, "FALSE")).isEqualTo(false);
        assertThatThrownBy(() -> convert(FieldType.BOOLEAN, "1")).hasMessageContaining("not a boolean");
    }

    @Test
    void readsDatesInTheFieldsFormat() {
        FieldDefinition born = new FieldDefinition("born", FieldType.DATE, null, null, null, null, "MM/dd/yyyy", null, null, null, null);

        assertThat(ValueConversion.convert(born, "12/31/1999")).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThatThrownBy(() -> ValueConversion.convert(born, "31/12/1999")).hasMessage("not a date in the format MM/dd/yyyy");
    }

    @Test
    void compactsJsonAndChecksArrays() {
        assertThat(convert(FieldType.JSON, "{ \"a\" : [1, 2] }")).isEqualTo("{\"a\":[1,2]}");
        assertThatThrownBy(() -> convert(FieldType.ARRAY, "{}")).hasMessage("not a JSON array");
        assertThatThrownBy(() -> convert(FieldType.JSON, "{broken")).hasMessage("not valid JSON");
    }

    @Test
    void keepsMissingValuesMissing() {
        assertThat(convert(FieldType.INTEGER, null)).isNull();
    }

    private static Object convert(FieldType type, String text) {
        return ValueConversion.convert(FieldDefinition.of("f", type), text);
    }
}
