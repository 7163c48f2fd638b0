package dev.synthesis.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemTypeTest {

    @Test
    void aStatusOfOursGetsItsType() {
        assertThat(ProblemType.forStatus(HttpStatus.NOT_FOUND)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(HttpStatus.BAD_REQUEST)).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(ProblemType.forStatus(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(ProblemType.forStatus(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo(ProblemType.BUSY);
    }

    @Test
    void anyOtherStatusGetsTheGeneralTypeOfItsClass() {
        assertThat(ProblemType.forStatus(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(ProblemType.forStatus(HttpStatus.BAD_GATEWAY)).isEqualTo(ProblemType.INTERNAL);
    }
}
