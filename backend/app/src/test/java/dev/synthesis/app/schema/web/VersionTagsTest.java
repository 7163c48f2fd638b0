package dev.synthesis.app.schema.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.app.schema.VersionRequired;
import org.junit.jupiter.api.Test;

class VersionTagsTest {

    @Test
    void readsStrongAndWeakTagsAndTheWildcard() {
        assertThat(VersionTags.parse("\"7\"")).contains(7);
        assertThat(VersionTags.parse("W/\"12\"")).contains(12);
        assertThat(VersionTags.parse("*")).isEmpty();
    }

    @Test
    void rejectsATagThatIsNotAVersion() {
        assertThatThrownBy(() -> VersionTags.parse("7")).hasMessageContaining("with quotes");
        assertThatThrownBy(() -> VersionTags.parse("\"abc\"")).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void requiresATagForChanges() {
        assertThatThrownBy(() -> VersionTags.required(null)).isInstanceOf(VersionRequired.class);
        assertThat(VersionTags.optional(null)).isEmpty();
    }
}
