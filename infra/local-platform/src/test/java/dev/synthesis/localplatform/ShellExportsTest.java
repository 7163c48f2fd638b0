package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellExportsTest {

    @Test
    void exportsSurviveAShellUnchanged() throws IOException, InterruptedException {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("SYNTHESIS_A", "plain");
        variables.put("SYNTHESIS_B", "it's $HOME `date` \"quoted\" \\ ;|&");

        String script = ShellExports.format(variables) + "printf '%s\\n%s' \"$SYNTHESIS_A\" \"$SYNTHESIS_B\"";
        Process shell = new ProcessBuilder("/bin/sh", "-c", script).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(shell.waitFor()).isZero();
        assertThat(output).isEqualTo("plain\nit's $HOME `date` \"quoted\" \\ ;|&");
    }

    @Test
    void commandSetsTheVariablesForItselfAlone() throws IOException, InterruptedException {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("SYNTHESIS_A", "it's $HOME");
        variables.put("SYNTHESIS_B", "b");

        String script = ShellExports.command(variables, "sh -c 'printf %s \"$SYNTHESIS_A/$SYNTHESIS_B\"'")
                + "; printf %s \"[$SYNTHESIS_A]\"";
        Process shell = new ProcessBuilder("/bin/sh", "-c", script).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(shell.waitFor()).isZero();
        assertThat(output).isEqualTo("it's $HOME/b[]");
    }

    @Test
    void writesOneExportLinePerVariable() {
        String exports = ShellExports.format(Map.of("SYNTHESIS_X", "1"));

        assertThat(exports).isEqualTo("export SYNTHESIS_X='1'\n");
    }
}
