package dev.synthesis.localplatform;

import java.nio.file.Path;

/** A server of the local platform did not become ready; the message names its log file. */
public class ServiceStartFailed extends RuntimeException {

    public ServiceStartFailed(String service, String reason, Path logFile, Throwable cause) {
        super(service + " did not start: " + reason + " (log: " + logFile.toAbsolutePath() + ")", cause);
    }

    public ServiceStartFailed(String service, String reason, Path logFile) {
        this(service, reason, logFile, null);
    }
}
