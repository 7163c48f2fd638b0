package dev.synthesis.app.support;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Looks into the test platform's object store directly, as an operator would. */
public final class ObjectStore {

    private ObjectStore() {}

    public static List<String> keysUnder(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : client().listObjects(ListObjectsArgs.builder()
                .bucket(bucket()).prefix(prefix).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    /** Removes an object behind the app's back, as a lost or damaged store would. */
    public static void delete(String key) throws Exception {
        client().removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
    }

    private static MinioClient client() {
        Map<String, String> env = TestPlatform.environment();
        return MinioClient.builder()
                .endpoint(env.get("SYNTHESIS_S3_ENDPOINT"))
                .credentials(env.get("SYNTHESIS_S3_ACCESS_KEY"), env.get("SYNTHESIS_S3_SECRET_KEY"))
                .region(env.get("SYNTHESIS_S3_REGION"))
                .build();
    }

    private static String bucket() {
        return TestPlatform.environment().get("SYNTHESIS_S3_BUCKET");
    }
}
