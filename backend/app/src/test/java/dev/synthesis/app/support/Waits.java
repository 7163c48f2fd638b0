package dev.synthesis.app.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Waiting for a condition instead of for a time: polls until it holds, for far longer than a quiet
 * machine needs so that a loaded one still gets there. A timeout names what was awaited and the
 * last value seen; a probe that fails (e.g. an unexpected status) fails the wait at once.
 */
public final class Waits {

    /** The longest any test here waits for one condition. */
    public static final Duration DEADLINE = Duration.ofMinutes(10);

    private static final Duration POLL = Duration.ofMillis(200);

    private Waits() {}

    /** Polls {@code probe} until {@code done} accepts its value, and returns that value. */
    public static <T> T until(String what, Callable<T> probe, Predicate<? super T> done) {
        return Awaitility.await(what)
                .atMost(DEADLINE)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(probe, done);
    }
}
