package dev.synthesis.app.request;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's one JSON mapper reads strictly: {@code "rows": 1.5} used to become a 1-row job. Floats
 * are not whole numbers, strings are not numbers or booleans (seeds, which JavaScript cannot hold as
 * numbers, opt in with {@link LongOrDigits}), enum names ignore case, and an unknown property is
 * named in a 400 instead of silently dropped, so a typo such as {@code "gzipped"} is not lost. The
 * app reads back only JSON it wrote itself with this mapper, so stored schemas and events read the same.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictReading() {
        return StrictJson::configure;
    }

    /** The settings, for tests that read JSON as the API does without starting it. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }
}
