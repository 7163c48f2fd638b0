package dev.synthesis.app.template.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param name the new dataset's name; null takes the template's (see {@link dev.synthesis.app.template.TemplateCatalog}) */
record InstantiateRequest(@Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable String name) {}
