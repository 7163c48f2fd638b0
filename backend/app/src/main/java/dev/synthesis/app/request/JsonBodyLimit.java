package dev.synthesis.app.request;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Caps every request body read into an object: a declared length above the cap is refused before
 * reading, and a body without one stops being read at the cap. Uploads are multipart, with limits of
 * their own, and never pass here.
 */
@ControllerAdvice
class JsonBodyLimit extends RequestBodyAdviceAdapter {

    private final long maxBytes;

    JsonBodyLimit(RequestLimits limits) {
        this.maxBytes = limits.maxJsonBody().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (input.getHeaders().getContentLength() > maxBytes) {
            throw new BodyTooLarge(maxBytes);
        }
        InputStream limited = new Capped(input.getBody(), maxBytes);
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return limited;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /** Fails once more than the cap has been read. */
    private static final class Capped extends FilterInputStream {

        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            counted(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > max) {
                throw new BodyTooLarge(max);
            }
        }
    }
}
