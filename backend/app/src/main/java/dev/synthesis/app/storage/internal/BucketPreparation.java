package dev.synthesis.app.storage.internal;

import dev.synthesis.app.storage.StorageProperties;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the platform's bucket at start, so a fresh object store needs no manual step. */
@Component
class BucketPreparation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BucketPreparation.class);

    private final MinioClient client;
    private final StorageProperties properties;

    BucketPreparation(MinioClient client, StorageProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String bucket = properties.bucket();
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            log.info("Created bucket {} at {}", bucket, properties.endpoint());
        }
    }
}
