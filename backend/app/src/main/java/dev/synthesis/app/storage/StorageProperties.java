package dev.synthesis.app.storage;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach the object store.
 *
 * @param endpoint  S3 API URL, e.g. http://localhost:19000
 * @param accessKey access key id
 * @param secretKey secret key
 * @param bucket    the one bucket the platform uses; tenants are separated by key prefix
 * @param region    signing region (MinIO and S3Proxy accept us-east-1)
 */
@Validated
@ConfigurationProperties("synthesis.storage")
public record StorageProperties(
        @NotBlank String endpoint,
        @NotBlank String accessKey,
        @NotBlank String secretKey,
        @NotBlank String bucket,
        @NotBlank String region) {}
