package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.Datasets;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** @param seedIds one uploaded seed per table */
record DetectRequest(@NotEmpty @Size(max = Datasets.MAX_TABLES) List<@NotNull UUID> seedIds) {}
