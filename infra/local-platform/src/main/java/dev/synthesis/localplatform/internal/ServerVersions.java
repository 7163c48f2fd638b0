package dev.synthesis.localplatform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Keycloak and S3Proxy versions the build fetched, read from a resource Maven filters, so the
 * code and the pom cannot disagree.
 *
 * @param keycloak version of the Keycloak distribution
 * @param s3proxy version of the S3Proxy jar
 */
public record ServerVersions(String keycloak, String s3proxy) {

    private static final String RESOURCE = "/dev/synthesis/localplatform/local-platform.properties";

    /** Reads the filtered resource. */
    public static ServerVersions load() {
        try (InputStream in = ServerVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new ServerVersions(
                    properties.getProperty("keycloak.version"), properties.getProperty("s3proxy.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
