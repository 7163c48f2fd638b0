package dev.synthesis.app.support;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Looks into the test platform's object store directly, as an operator would. */
public final class ObjectStore {

    private ObjectStore() {}

    public static List<String> keysUnder(String prefix) throws Exception {
        Map<String, String> env = TestPlatform.environment();
        MinioClient client = MinioClient.builder()
                .endpoint(env.get("SYNTHESIS_S3_ENDPOINT"))
                .credentials(env.get("SYNTHESIS_S3_ACCESS_KEY"), env.get("SYNTHESIS_S3_SECRET_KEY"))
                .region(env.get("SYNTHESIS_S3_REGION"))
                .build();
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : client.listObjects(ListObjectsArgs.builder()
                .bucket(env.get("SYNTHESIS_S3_BUCKET")).prefix(prefix).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }
}
