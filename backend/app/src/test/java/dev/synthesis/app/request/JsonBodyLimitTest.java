package dev.synthesis.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.util.unit.DataSize;

class JsonBodyLimitTest {

    private final JsonBodyLimit limit = new JsonBodyLimit(new RequestLimits(DataSize.ofBytes(10), 1_000));

    @Test
    void refusesADeclaredLengthAboveTheCapBeforeReading() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentLength(11);

        assertThatThrownBy(() -> limit.beforeBodyRead(message(new byte[0], headers), null, null, null))
                .isInstanceOf(BodyTooLarge.class)
                .hasMessage("the request body is larger than 10 bytes, the most this API reads");
    }

    @Test
    void stopsReadingABodyWithoutALengthAtTheCap() throws IOException {
        InputStream body = limit.beforeBodyRead(message(new byte[11], new HttpHeaders()), null, null, null).getBody();

        assertThat(body.readNBytes(10)).hasSize(10);
        assertThatThrownBy(body::read).isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void readsABodyWithinTheCapWhole() throws IOException {
        InputStream body = limit.beforeBodyRead(message("{\"a\": 1}".getBytes(), new HttpHeaders()), null, null, null).getBody();

        assertThat(new String(body.readAllBytes())).isEqualTo("{\"a\": 1}");
    }

    private static HttpInputMessage message(byte[] body, HttpHeaders headers) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
