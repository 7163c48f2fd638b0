package dev.synthesis.engine.cli;

import dev.synthesis.engine.io.BadInput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code synth} command line. Exit codes: 0 success, 2 bad input (a one-line message naming the
 * file and, where known, the row and column), 1 anything else.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, version = "synth 0.1.0",
        description = "Profile seeds, train synthesis models, generate, validate and verify data.")
public final class SynthCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The registration point for commands: the list every {@code synth} sub-command comes from. Other
     * engine packages (e.g. evaluation) add their command class here.
     */
    static List<Object> commands() {
        return new ArrayList<>(List.of(new ProfileCommand(), new TrainCommand(), new GenerateCommand(),
                new ValidateCommand(), new BenchCommand(), new EvaluateCommand(), new VerifyCommand()));
    }

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider its status logger would print a warning on every run.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.exit(run(args));
    }

    /** Runs one command line on the standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line writing to the given streams (kept apart from {@link #main} so tests can call it). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new SynthCli());
        commands().forEach(line::addSubcommand);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((failure, commandLine, parsed) -> report(commandLine, failure));
        line.setParameterExceptionHandler((failure, ignored) -> {
            failure.getCommandLine().getErr().println(failure.getMessage());
            failure.getCommandLine().usage(failure.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return line.execute(args);
    }

    private static int report(CommandLine commandLine, Exception failure) {
        if (failure instanceof BadInput || failure instanceof InvalidInput) {
            commandLine.getErr().println(failure.getMessage());
            return BAD_INPUT;
        }
        commandLine.getErr().println("synth failed: " + failure);
        return FAILED;
    }
}
