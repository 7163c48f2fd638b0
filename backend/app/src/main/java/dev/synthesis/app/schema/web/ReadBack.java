package dev.synthesis.app.schema.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.synthesis.engine.schema.DataSchema;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A PUT takes back what a GET gave: the answer's own fields (see {@link SchemaResponse}) are ignored
 * when a definition is read, while any other unknown property is still refused by name.
 */
@Configuration(proxyBeanMethods = false)
class ReadBack {

    @Bean
    JsonMapperBuilderCustomizer schemaAnswersReadBack() {
        return builder -> builder.addMixIn(DataSchema.class, AnswerFields.class);
    }

    @JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "updatedBy", "sourceSeedId"}, allowGetters = true)
    private abstract static class AnswerFields {}
}
