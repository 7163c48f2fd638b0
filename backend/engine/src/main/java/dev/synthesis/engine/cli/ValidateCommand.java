package dev.synthesis.engine.cli;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.RowError;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code synth validate <data> --schema s.json}: lists every value that breaks the schema; exit 2 when there is one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a data file against a schema and report each value that breaks it (exit code 2 if any).")
final class ValidateCommand implements Callable<Integer> {

    private static final int SHOWN = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<data>", description = "the data file (CSV, JSON, JSONL, XLSX)")
    Path data;

    @Option(names = "--schema", required = true, paramLabel = "<schema.json>", description = "the schema to check against")
    Path schemaFile;

    @Override
    public Integer call() {
        DataSchema schema = CliFiles.readSchema(schemaFile);
        Table raw = CliFiles.readSeed(data);
        TypedTable typed = TableTyping.type(raw, schema);
        PrintWriter out = spec.commandLine().getOut();
        String file = data.getFileName().toString();
        typed.errors().stream().limit(SHOWN).forEach(error -> out.println(line(file, error)));
        if (typed.errors().size() > SHOWN) {
            out.println("... " + (typed.errors().size() - SHOWN) + " more errors");
        }
        out.printf("%s: %d rows, %d valid, %d with errors%n", file, raw.rowCount(), typed.rows().rowCount(),
                typed.rejectedRows());
        return typed.rejectedRows() == 0 ? SynthCli.OK : SynthCli.BAD_INPUT;
    }

    private static String line(String file, RowError error) {
        return file + ": " + error;
    }
}
