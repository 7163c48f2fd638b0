package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessIdentityTest {

    @Test
    void roundTripsThroughItsTextForm() {
        ProcessIdentity identity = ProcessIdentity.of(ProcessHandle.current());

        assertThat(ProcessIdentity.parse(identity.toString())).isEqualTo(identity);
    }

    @Test
    void findsTheRunningProcessItNames() {
        ProcessIdentity identity = ProcessIdentity.of(ProcessHandle.current());

        assertThat(identity.live()).contains(ProcessHandle.current());
    }

    @Test
    void doesNotMistakeARecycledPidForTheRecordedProcess() {
        ProcessIdentity current = ProcessIdentity.of(ProcessHandle.current());

        ProcessIdentity recycled = new ProcessIdentity(current.pid(), current.startMillis() - 60_000);

        assertThat(recycled.live()).isEmpty();
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> ProcessIdentity.parse("123"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
