package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedFormatTest {

    @Test
    void recognisesAWorkbookByItsZipSignatureWhateverItsName() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0};

        assertThat(SeedFormat.detect("upload.bin", zip)).isEqualTo(SeedFormat.XLSX);
    }

    @Test
    void recognisesJsonArraysAndJsonLinesByTheirFirstCharacter() {
        assertThat(SeedFormat.detect("data.txt", bytes("\uFEFF  \n[{\"a\":1}]"))).isEqualTo(SeedFormat.JSON);
        assertThat(SeedFormat.detect("data.json", bytes("{\"a\":1}\n{\"a\":2}"))).isEqualTo(SeedFormat.JSONL);
    }

    @Test
    void fallsBackToTheExtensionThenToCsv() {
        assertThat(SeedFormat.detect("broken.json", bytes("not json"))).isEqualTo(SeedFormat.JSON);
        assertThat(SeedFormat.detect("people.tsv", bytes("a\tb"))).isEqualTo(SeedFormat.CSV);
        assertThat(SeedFormat.detect("export", bytes("a,b\n1,2"))).isEqualTo(SeedFormat.CSV);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
