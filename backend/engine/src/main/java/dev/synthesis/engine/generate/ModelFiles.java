package dev.synthesis.engine.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.synthesis.engine.dp.mst.TreeModel;
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
 * Stores fitted models as gzip-compressed JSON with a {@code formatVersion}; reading refuses other
 * versions with a clear message instead of misreading them. Format 2 names the joint model's kind
 * ({@code joint}); format 1 held a Gaussian copula under {@code copula} and still reads. An engine
 * that knows only format 1 would ignore the unknown {@code joint} property and sample every field
 * independently, which is why the version moved.
 */
public final class ModelFiles {

    public static final int FORMAT_VERSION = 2;
    private static final int OLDEST_READABLE_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .registerSubtypes(SamplerTypes.ALL.toArray(Class[]::new))
            .registerSubtypes(GaussianCopula.class, SequentialTrees.class, TreeModel.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Envelope(@JsonProperty("formatVersion") int formatVersion, @JsonProperty("model") SynthesisModel model) {}

    private ModelFiles() {}

    public static void write(SynthesisModel model, OutputStream out) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            MAPPER.writeValue(gzip, new Envelope(FORMAT_VERSION, model));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static SynthesisModel read(InputStream in) {
        try (GZIPInputStream gzip = new GZIPInputStream(in)) {
            JsonNode tree = MAPPER.readTree(gzip);
            int version = tree.path("formatVersion").asInt(-1);
            if (version < OLDEST_READABLE_VERSION || version > FORMAT_VERSION) {
                throw new IllegalArgumentException("model file format " + version + " is not supported; this engine reads formats "
                        + OLDEST_READABLE_VERSION + " to " + FORMAT_VERSION);
            }
            return MAPPER.treeToValue(tree.get("model"), SynthesisModel.class);
        } catch (IOException | JacksonException failed) {
            throw new IllegalArgumentException("not a Synthesis model file: " + failed.getMessage(), failed);
        }
    }
}
