package dev.synthesis.app.storage.internal;

import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectMissing;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.storage.StorageProperties;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/** {@link ObjectStorage} over the MinIO client, which speaks the S3 API to MinIO, S3Proxy or AWS. */
@Component
class MinioObjectStorage implements ObjectStorage {

    /** S3's smallest part size, used when the length is unknown. */
    private static final long PART_SIZE = 5L * 1024 * 1024;

    private final MinioClient client;
    private final String bucket;

    MinioObjectStorage(MinioClient client, StorageProperties properties) {
        this.client = client;
        this.bucket = properties.bucket();
    }

    @Override
    public void put(ObjectKey key, InputStream content, long size, String contentType) {
        call(key, () -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key.value())
                .stream(content, size, size < 0 ? PART_SIZE : -1)
                .contentType(contentType)
                .build()));
    }

    @Override
    public InputStream open(ObjectKey key) {
        return call(key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key.value()).build()));
    }

    @Override
    public long size(ObjectKey key) {
        return call(key, () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key.value()).build()).size());
    }

    @Override
    public void delete(ObjectKey key) {
        call(key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key.value()).build());
            return null;
        });
    }

    private interface StoreCall<T> {
        T run() throws Exception;
    }

    private static <T> T call(ObjectKey key, StoreCall<T> work) {
        try {
            return work.run();
        } catch (ErrorResponseException error) {
            if ("NoSuchKey".equals(error.errorResponse().code())) {
                throw new ObjectMissing(key);
            }
            throw new IllegalStateException("object store refused " + key + ": " + error.getMessage(), error);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("object store call for " + key + " failed: " + e.getMessage(), e);
        }
    }
}
