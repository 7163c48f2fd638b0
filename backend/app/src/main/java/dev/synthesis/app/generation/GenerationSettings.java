package dev.synthesis.app.generation;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How generation jobs are cut up.
 *
 * @param rowsPerPartition large enough to amortise a part object, small enough to use every core
 *                         early and to lose little work when a partition reruns after a crash
 */
@Validated
@ConfigurationProperties("synthesis.generation")
public record GenerationSettings(@DefaultValue("500000") @Positive long rowsPerPartition) {}
