package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class JobAdmissionTest {

    private final JobAdmission admission = new JobAdmission(new JobSettings(2, null));
    private final List<UUID> recorded = new ArrayList<>();

    @Test
    void refusesTheJobBeyondTheCapacityBeforeRecordingIt() {
        admit(UUID.randomUUID());
        admit(UUID.randomUUID());
        UUID third = UUID.randomUUID();

        assertThatThrownBy(() -> admit(third)).isInstanceOfSatisfying(PlatformBusy.class, busy -> {
            assertThat(busy.type().status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.type().uri()).hasToString("urn:synthesis:problem:busy");
            assertThat(busy.getMessage()).isEqualTo("The platform has 2 jobs waiting; try again in a minute");
            assertThat(busy.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        });
        assertThat(recorded).hasSize(2).doesNotContain(third);
    }

    @Test
    void aJobThatEndedGivesItsPlaceBack() {
        UUID first = UUID.randomUUID();
        admit(first);
        admit(UUID.randomUUID());

        admission.release(first);

        admit(UUID.randomUUID());
        assertThat(recorded).hasSize(3);
    }

    @Test
    void aRecordThatFailsGivesItsPlaceBack() {
        admit(UUID.randomUUID());
        assertThatThrownBy(() -> admission.admit(UUID.randomUUID(), () -> {
            throw new IllegalStateException("the database is away");
        })).hasMessage("the database is away");

        admit(UUID.randomUUID());
        assertThat(recorded).hasSize(2);
    }

    @Test
    void aJobAcceptedEarlierIsHeldEvenBeyondTheCapacity() {
        admit(UUID.randomUUID());
        admit(UUID.randomUUID());

        admission.hold(UUID.randomUUID());

        assertThatThrownBy(() -> admit(UUID.randomUUID())).isInstanceOf(PlatformBusy.class).hasMessageContaining("3 jobs");
    }

    private void admit(UUID job) {
        admission.admit(job, () -> recorded.add(job));
    }
}
