package dev.synthesis.engine.cli;

import dev.synthesis.engine.profile.Profiler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synth profile <seed>}: prints the schema detected in a seed file as JSON. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Detect the schema of a seed file (CSV, JSON, JSONL, XLSX) and print it as JSON.")
final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<seed>", description = "the seed file")
    Path seed;

    @Override
    public Integer call() {
        var profile = Profiler.profile(CliFiles.readSeed(seed), schemaName(seed));
        spec.commandLine().getOut().println(CliFiles.JSON.writeValueAsString(profile.schema()));
        return SynthCli.OK;
    }

    static String schemaName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
