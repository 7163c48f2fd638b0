package dev.synthesis.localplatform.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * A process named by its pid and start time, so a recycled pid is never mistaken for it.
 *
 * @param pid the operating system's process id
 * @param startMillis the process start time in epoch milliseconds, 0 when unknown
 */
public record ProcessIdentity(long pid, long startMillis) {

    /** The identity of a running process. */
    public static ProcessIdentity of(ProcessHandle process) {
        return new ProcessIdentity(process.pid(), startMillis(process));
    }

    /** Parses the {@code "pid startMillis"} form written by {@link #toString()}. */
    public static ProcessIdentity parse(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a process identity: '" + text + "'");
        }
        return new ProcessIdentity(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    /** The process if it still runs and is the same process that was recorded. */
    public Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> startMillis == 0 || startMillis(process) == startMillis);
    }

    @Override
    public String toString() {
        return pid + " " + startMillis;
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
