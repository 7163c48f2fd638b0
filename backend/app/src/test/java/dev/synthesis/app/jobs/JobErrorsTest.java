package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.synthesis.engine.io.BadInput;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log is read here instead of printed: a green run shows no stack traces. */
class JobErrorsTest {

    private static final UUID JOB = UUID.randomUUID();

    private final Logger logger = (Logger) LoggerFactory.getLogger(JobErrors.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void readTheLog() {
        log.start();
        logger.addAppender(log);
        logger.setAdditive(false);
    }

    @AfterEach
    void restoreTheLog() {
        logger.detachAppender(log);
        logger.setAdditive(true);
    }

    @Test
    void aMessageWrittenForTheTenantIsShownAfterWhatFailed() {
        String error = JobErrors.describe("The model could not be trained on this seed", JOB,
                new UnusableInput("no seed row satisfies schema version 2 (300 rows rejected)"));

        assertThat(error).isEqualTo("The model could not be trained on this seed: no seed row satisfies schema version 2 (300 rows rejected)");
        assertThat(JobErrors.describe("Training failed", JOB, BadInput.at("people.csv", "line 17", "unclosed quote")))
                .isEqualTo("Training failed: people.csv: line 17: unclosed quote");
    }

    @Test
    void anyOtherFailureShowsOnlyAReferenceAndTheLogHasTheWholeCauseUnderIt() {
        IllegalStateException storage = new IllegalStateException("object store refused tenants/acme/models/42: NoSuchKey (bucket synthesis)",
                new SQLException("ERROR: insert into synthetic_data violates row-level security policy"));

        String error = JobErrors.describe("The job failed while writing its output", JOB, storage);

        assertThat(error).matches("The job failed while writing its output; it has been logged with reference "
                + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        String reference = error.substring(error.lastIndexOf(' ') + 1);
        assertThat(log.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).contains(JOB.toString(), reference);
            assertThat(line.getThrowableProxy().getMessage()).contains("tenants/acme/models/42");
            assertThat(line.getThrowableProxy().getCause().getMessage()).contains("synthetic_data");
        });
    }

    @Test
    void aFailureWithoutAMessageIsLoggedUnderAReferenceToo() {
        assertThat(JobErrors.describe("The job failed", JOB, new IllegalArgumentException((String) null))).contains("reference");
    }
}
