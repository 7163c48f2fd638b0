package dev.synthesis.app.storage.internal;

import dev.synthesis.app.storage.StorageProperties;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports the object store down when the bucket cannot be reached with our credentials. */
@Component("objectStore")
class ObjectStoreHealth extends AbstractHealthIndicator {

    private final MinioClient client;
    private final StorageProperties properties;

    ObjectStoreHealth(MinioClient client, StorageProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean exists = client.bucketExists(BucketExistsArgs.builder().bucket(properties.bucket()).build());
        (exists ? builder.up() : builder.down()).withDetail("bucket", properties.bucket());
    }
}
