package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvSeedReaderTest {

    @Test
    void readsCommaSeparatedValuesWithAHeaderAsText() {
        Table table = Seeds.read("people.csv", "name,age\nAnn,34\nBob,\n");

        assertThat(table.columns()).containsExactly("name", "age");
        assertThat(table.rows()).containsExactly(new Object[] {"Ann", "34"}, new Object[] {"Bob", null});
    }

    @Test
    void detectsSemicolonsAndQuotedValuesSpanningLines() {
        Table table = Seeds.read("notes.csv", "id;note;score\n1;\"first line\nsecond; line\";1,5\n2;plain;2,0\n");

        assertThat(table.columns()).containsExactly("id", "note", "score");
        assertThat(table.rows().getFirst()).containsExactly("1", "first line\nsecond; line", "1,5");
        assertThat(table.rowCount()).isEqualTo(2);
    }

    @Test
    void detectsTabsAndPipes() {
        assertThat(Seeds.read("a.tsv", "a\tb\n1\t2\n").columns()).containsExactly("a", "b");
        assertThat(Seeds.read("a.txt", "a|b|c\n1|2|3\n4|5|6\n").columns()).containsExactly("a", "b", "c");
    }

    @Test
    void skipsAByteOrderMarkAndHonoursUtf16() {
        Table utf8 = Seeds.read("bom.csv", "\uFEFFcity,country\nZürich,CH\n");
        Table utf16 = Seeds.read("wide.csv", "\uFEFFcity,country\nKraków,PL\n", StandardCharsets.UTF_16LE);

        assertThat(utf8.columns()).containsExactly("city", "country");
        assertThat(utf8.rows().getFirst()).containsExactly("Zürich", "CH");
        assertThat(utf16.rows().getFirst()).containsExactly("Kraków", "PL");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
        Table table = Seeds.read("legacy.csv", "name,city\nRené,Besançon\n", Charset.forName("windows-1252"));

        assertThat(table.rows().getFirst()).containsExactly("René", "Besançon");
    }

    @Test
    void namesColumnsWhenTheFirstRowIsData() {
        Table table = Seeds.read("raw.csv", "1,2.5,x\n2,3.5,y\n");

        assertThat(table.columns()).containsExactly("column_1", "column_2", "column_3");
        assertThat(table.rowCount()).isEqualTo(2);
    }

    @Test
    void makesRepeatedAndBlankHeaderNamesUnique() {
        Table table = Seeds.read("dups.csv", "name,Name,\na,b,c\n");

        assertThat(table.columns()).containsExactly("name", "Name_2", "column_3");
    }

    @Test
    void namesFileLineAndColumnOfAFieldLongerThanTheLimit() {
        String csv = "name,bio\nAnn,short\nBob,\"" + "x".repeat(11) + "\"\n";

        assertThatThrownBy(() -> Seeds.read("people.csv", csv, ReadLimits.DEFAULTS.withMaxFieldLength(10)))
                .isInstanceOf(BadInput.class)
                .hasMessage("people.csv: line 3, column \"bio\": field longer than 10 characters");
    }

    @Test
    void rejectsMoreRowsThanAllowed() {
        assertThatThrownBy(() -> Seeds.read("big.csv", "a\n1\n2\n3\n", ReadLimits.DEFAULTS.withMaxRows(2)))
                .isInstanceOf(BadInput.class)
                .hasMessage("big.csv: line 4: more than 2 rows");
    }

    @Test
    void rejectsMoreColumnsThanAllowed() {
        assertThatThrownBy(() -> Seeds.read("wide.csv", "a,b,c\n1,2,3\n", ReadLimits.DEFAULTS.withMaxColumns(2)))
                .isInstanceOf(BadInput.class)
                .hasMessage("wide.csv: line 1: more than 2 columns");
    }

    @Test
    void rejectsAFileLargerThanAllowed() {
        assertThatThrownBy(() -> Seeds.read("huge.csv", "a,b\n" + "1,2\n".repeat(100), ReadLimits.DEFAULTS.withMaxBytes(50)))
                .isInstanceOf(BadInput.class)
                .hasMessage("huge.csv: file is larger than 50 bytes");
    }

    @Test
    void rejectsARowWiderThanTheHeader() {
        assertThatThrownBy(() -> Seeds.read("ragged.csv", "a,b\n1,2\n3,4\n5,6,7\n"))
                .isInstanceOf(BadInput.class)
                .hasMessage("ragged.csv: line 4: 3 values but the header has 2 columns");
    }

    @Test
    void reportsAnUnclosedQuoteInWords() {
        assertThatThrownBy(() -> Seeds.read("quotes.csv", "a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(BadInput.class)
                .hasMessage("quotes.csv: a quoted value is never closed (line 2)");
    }

    @Test
    void refusesBinaryContentAsNotText() {
        byte[] garbage = new byte[4_096];
        new java.util.Random(3).nextBytes(garbage);

        assertThatThrownBy(() -> Seeds.read("garbage.csv", garbage, ReadLimits.DEFAULTS))
                .isInstanceOf(BadInput.class)
                .hasMessageStartingWith("garbage.csv: is not a text file");
    }
}
