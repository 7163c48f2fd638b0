package dev.synthesis.app.support;

import dev.synthesis.localplatform.LocalPlatform;
import java.net.URI;
import java.util.Map;

/** The real services every integration test shares: started once per test JVM, stopped at its exit. */
public final class TestPlatform {

    private TestPlatform() {}

    public static Map<String, String> environment() {
        return LocalPlatform.forTests().environment();
    }

    public static String appUrl() {
        return environment().get("SYNTHESIS_APP_URL");
    }

    public static int appPort() {
        return URI.create(appUrl()).getPort();
    }

    public static String issuer() {
        return environment().get("SYNTHESIS_OIDC_ISSUER_URI");
    }
}
