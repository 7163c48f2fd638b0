package dev.synthesis.app.jobs;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/** The instance holds as many jobs as it takes; a minute later, some will have ended. */
public class PlatformBusy extends ApiProblem {

    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    PlatformBusy(int waiting) {
        super(ProblemType.BUSY, "The platform has " + waiting + (waiting == 1 ? " job" : " jobs") + " waiting; try again in a minute");
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        return headers;
    }
}
