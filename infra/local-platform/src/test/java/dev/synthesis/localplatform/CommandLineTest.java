package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.localplatform.CommandLine.Mode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void runTakesTheAppJarAsSeparateArgument() {
        CommandLine commandLine = CommandLine.parse("run", "--app-jar", "backend/app/target/app.jar");

        assertThat(commandLine.mode()).isEqualTo(Mode.RUN);
        assertThat(commandLine.appJar()).contains(Path.of("backend/app/target/app.jar"));
    }

    @Test
    void runTakesTheAppJarWithEqualsSign() {
        CommandLine commandLine = CommandLine.parse("run", "--app-jar=app.jar");

        assertThat(commandLine.appJar()).contains(Path.of("app.jar"));
    }

    @Test
    void runStartsNoWorkersUnlessAsked() {
        assertThat(CommandLine.parse("run", "--app-jar", "app.jar").workers()).isZero();
        assertThat(CommandLine.parse("run", "--workers", "3", "--app-jar", "app.jar").workers()).isEqualTo(3);
        assertThat(CommandLine.parse("run", "--app-jar=app.jar", "--workers=2").workers()).isEqualTo(2);
    }

    @Test
    void rejectsAWorkerCountThatIsNotASmallWholeNumber() {
        for (String count : new String[] {"-1", "many", "17", ""}) {
            assertThatThrownBy(() -> CommandLine.parse("run", "--app-jar", "app.jar", "--workers=" + count))
                    .as(count).hasMessageContaining("--workers takes a whole number from 0 to 16");
        }
        assertThatThrownBy(() -> CommandLine.parse("run", "--app-jar", "app.jar", "--workers"))
                .hasMessageContaining("--workers needs a value");
        assertThatThrownBy(() -> CommandLine.parse("run", "--app-jar", "a.jar", "--workers", "1", "--workers", "2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servicesNeedsNoJar() {
        CommandLine commandLine = CommandLine.parse("services");

        assertThat(commandLine.mode()).isEqualTo(Mode.SERVICES);
        assertThat(commandLine.appJar()).isEmpty();
    }

    @Test
    void helpWinsOverEverythingElseAndIsTheDefault() {
        assertThat(CommandLine.parse("run", "--help").mode()).isEqualTo(Mode.HELP);
        assertThat(CommandLine.parse("-h").mode()).isEqualTo(Mode.HELP);
        assertThat(CommandLine.parse().mode()).isEqualTo(Mode.HELP);
    }

    @Test
    void rejectsRunWithoutAppJar() {
        assertThatThrownBy(() -> CommandLine.parse("run"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--app-jar");
        assertThatThrownBy(() -> CommandLine.parse("run", "--app-jar="))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsUnknownModesAndOptions() {
        assertThatThrownBy(() -> CommandLine.parse("start"))
                .hasMessageContaining("Unknown mode 'start'");
        assertThatThrownBy(() -> CommandLine.parse("services", "--app-jar", "x.jar"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandLine.parse("run", "--app-jar", "a.jar", "--verbose"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usageExplainsBothModes() {
        assertThat(CommandLine.USAGE).contains("run --app-jar", "services", "export");
    }
}
