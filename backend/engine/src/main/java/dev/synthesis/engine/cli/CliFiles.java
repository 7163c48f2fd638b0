package dev.synthesis.engine.cli;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.ModelFiles;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.schema.DataSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading the files commands take: seeds, schema JSON and model files (or schemas where a model is expected). */
final class CliFiles {

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int GZIP_MAGIC = 0x1f8b;

    private CliFiles() {}

    static Table readSeed(Path file) {
        requireFile(file);
        return SeedReader.read(file, ReadLimits.DEFAULTS);
    }

    static DataSchema readSchema(Path file) {
        requireFile(file);
        DataSchema schema;
        try {
            schema = JSON.readValue(file.toFile(), DataSchema.class);
        } catch (JacksonException bad) {
            throw new InvalidInput(file + ": not a schema: " + bad.getOriginalMessage());
        }
        List<String> violations = schema.violations().stream().map(Object::toString).toList();
        if (!violations.isEmpty()) {
            throw new InvalidInput(file + ": invalid schema: " + String.join("; ", violations));
        }
        return schema;
    }

    /** A fitted model file, or a schema JSON file turned into a schema-only model. */
    static SynthesisModel readModelOrSchema(Path file) {
        requireFile(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(2);
            int magic = (in.read() << 8) | in.read();
            in.reset();
            if (magic == GZIP_MAGIC) {
                return readModel(file, in);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return Synthesizer.schemaOnly(readSchema(file));
    }

    private static SynthesisModel readModel(Path file, InputStream in) {
        try {
            return ModelFiles.read(in);
        } catch (IllegalArgumentException bad) {
            throw new InvalidInput(file + ": " + bad.getMessage());
        }
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(file + ": no such file");
        }
    }
}
