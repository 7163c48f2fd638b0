package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.synthesis.engine.model.SamplerTypes;
import dev.synthesis.engine.model.copula.GaussianCopula;
import dev.synthesis.engine.model.tree.SequentialTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores fitted dataset models as gzip-compressed JSON with a {@code formatVersion}, like
 * {@link dev.synthesis.engine.generate.ModelFiles} does for one table; other versions are refused.
 */
public final class DatasetModelFiles {

    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .registerSubtypes(SamplerTypes.ALL.toArray(Class[]::new))
            .registerSubtypes(ChildCountSampler.class, GaussianCopula.class, SequentialTrees.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Envelope(@JsonProperty("formatVersion") int formatVersion, @JsonProperty("model") DatasetModel model) {}

    private DatasetModelFiles() {}

    public static void write(DatasetModel model, OutputStream out) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            MAPPER.writeValue(gzip, new Envelope(FORMAT_VERSION, model));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static DatasetModel read(InputStream in) {
        try (GZIPInputStream gzip = new GZIPInputStream(in)) {
            JsonNode tree = MAPPER.readTree(gzip);
            int version = tree.path("formatVersion").asInt(-1);
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("dataset model file format " + version + " is not supported; this engine reads format "
                        + FORMAT_VERSION);
            }
            return MAPPER.treeToValue(tree.get("model"), DatasetModel.class);
        } catch (IOException | JacksonException failed) {
            throw new IllegalArgumentException("not a Synthesis dataset model file: " + failed.getMessage(), failed);
        }
    }
}
