package dev.synthesis.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import dev.synthesis.app.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Requests users sent that the API used to mishandle ({@code rows: 1.5} ran a 1-row job, a malformed
 * id got Spring's own body and a stack trace in the log, messages named Java types, a pattern such as
 * {@code [a-z]{100000}} was accepted), and their relatives: each is answered with a 4xx problem
 * detail of one of our types, in plain words, and leaves no stack trace or warning in the log.
 */
class BadRequestCorpusIT extends IntegrationTest {

    /** In every bad value, so the log check finds what these requests caused among other tests' lines. */
    private static final String MARKER = "corpus" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BAD_ID = "not-a-uuid-" + MARKER;
    private static final String FORBIDDEN_IN_DETAILS = "java.|Exception|dev.synthesis|tools.jackson|$|()";
    /** Failures of these kinds are a client's mistake; logging one with its stack trace is the bug this test guards against. */
    private static final List<String> CLIENT_FAILURES = List.of("TypeMismatch", "NotReadable", "NotValid", "MethodValidation",
            "MediaType", "MissingServlet", "MaxUploadSize", "tools.jackson", "BadInput", "UnsupportedPattern", "IllegalArgument");

    /** Loggers that warned about clients' mistakes (a wrong method, a damaged workbook) until they were quietened. */
    private static final List<String> CLIENT_LOGGERS = List.of("org.springframework.web.servlet.PageNotFound", "org.apache.poi");

    private final Api alice = as("alice");

    @TestFactory
    Stream<DynamicTest> everyBadRequestGetsAPlainProblemAndNoStackTrace() {
        ListAppender<ILoggingEvent> log = captureLog();
        String schemaId = alice.post("/api/schemas", schemaJson("Corpus " + MARKER)).id();
        List<DynamicTest> tests = new ArrayList<>();
        jsonCases(schemaId).forEach(tests::add);
        malformedIds().forEach(tests::add);
        patternCases().forEach(tests::add);
        seedFileCases().forEach(tests::add);
        protocolCases(schemaId).forEach(tests::add);
        tests.add(DynamicTest.dynamicTest("the log holds no stack trace or warning for any of them", () -> checkLog(log)));
        return tests.stream();
    }

    private Stream<DynamicTest> jsonCases(String schemaId) {
        String generate = "{\"schemaId\": \"" + schemaId + "\", %s}";
        return Stream.of(
                refused("rows: 1.5", 400, "rows: must be a whole number", () -> alice.post("/api/generate", generate.formatted("\"rows\": 1.5"))),
                refused("rows: \"ten\"", 400, "rows: must be a whole number",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": \"ten\""))),
                refused("rows: -1", 400, "rows: must be between 1 and", () -> alice.post("/api/generate", generate.formatted("\"rows\": -1"))),
                refused("rows: 10^12", 400, "rows: must be between 1 and 1000000000",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 1000000000000"))),
                refused("rows beyond 64 bits", 400, "rows: must be a whole number between",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 99999999999999999999"))),
                refused("rows missing", 400, "rows: is required", () -> alice.post("/api/generate", "{\"schemaId\": \"" + schemaId + "\"}")),
                refused("unknown format", 400, "format: must be one of csv, jsonl, json, xlsx",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 5, \"format\": \"parquet-" + MARKER + "\""))),
                refused("unknown sink", 400, "sink: must be one of file, table",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 5, \"sink\": \"kafka\""))),
                refused("unknown privacy preset", 400, "privacy: unknown privacy preset",
                        () -> alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"privacy\": \"paranoid\"}"
                                .formatted(schemaId, UUID.randomUUID()))),
                refused("holdout share of 1", 400, "holdoutShare: must be less than 1",
                        () -> alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"holdoutShare\": 1}"
                                .formatted(schemaId, UUID.randomUUID()))),
                refused("a seed that is no whole number", 400, "seed: must be a whole number",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 5, \"seed\": \"12x" + MARKER + "\""))),
                refused("an unknown property", 400, "gzipped: is not a property here",
                        () -> alice.post("/api/generate", generate.formatted("\"rows\": 5, \"gzipped\": true"))),
                refused("a malformed id in a body", 400, "schemaId: must be a valid id",
                        () -> alice.post("/api/generate", "{\"schemaId\": \"" + BAD_ID + "\", \"rows\": 5}")),
                refused("malformed JSON", 400, "is not valid JSON", () -> alice.post("/api/generate", "{\"rows\": 5,,}")),
                refused("a list for an object", 400, "the request body: must be an object", () -> alice.post("/api/generate", "[1, 2]")),
                refused("a missing body", 400, "the request needs a JSON body", () -> alice.raw("POST", "/api/generate", null, null)),
                refused("an oversized schema name", 400, "name: must be at most 255 characters",
                        () -> alice.post("/api/schemas", schemaJson("x".repeat(300) + MARKER))),
                refused("an integer bound that is a fraction", 400, "recordsPerDay: must be a whole number",
                        () -> alice.post("/api/schemas", schemaJson("Volume " + MARKER)
                                .replace("\"recordsPerDay\": 1000", "\"recordsPerDay\": 1000.5"))),
                refused("a field of an unknown type", 400, "fields[0].type: unknown field type",
                        () -> alice.post("/api/schemas", "{\"name\": \"T " + MARKER + "\", \"fields\": [{\"name\": \"a\", \"type\": \"strnig\"}]}")),
                refused("a null among a schema's fields", 400, "must not be null or hold nulls",
                        () -> alice.post("/api/schemas", "{\"name\": \"N " + MARKER + "\", \"fields\": [null]}")),
                refused("deployment days of 10^12", 400, "days: must be a whole number between",
                        () -> alice.post("/api/schemas/" + schemaId + "/deployments", "{\"days\": 1000000000000}")),
                refused("deployment of too many days", 400, "days: must be less than or equal to 3650",
                        () -> alice.post("/api/schemas/" + schemaId + "/deployments", "{\"days\": 4000}")),
                refused("a validation without a seed", 400, "seedId: is required", () -> alice.post("/api/schemas/" + schemaId + "/validate", "{}")),
                refused("a schema from a seed with an oversized description", 400, "description: size must be between 0 and 2000",
                        () -> alice.post("/api/seeds/" + UUID.randomUUID() + "/schema", "{\"description\": \"" + "d".repeat(2_001) + "\"}")));
    }

    private Stream<DynamicTest> malformedIds() {
        Stream<String> paths = Stream.of("GET /api/schemas/%s", "DELETE /api/schemas/%s", "GET /api/schemas/%s/versions",
                "GET /api/schemas/%s/versions/1", "POST /api/schemas/%s/preview", "GET /api/seeds/%s", "DELETE /api/seeds/%s",
                "GET /api/seeds/%s/profile", "POST /api/seeds/%s/schema", "GET /api/train/%s/status", "GET /api/train/%s/models",
                "GET /api/generate/%s/status", "POST /api/generate/%s/cancel", "GET /api/generate/%s/metrics",
                "GET /api/generate/%s/download", "GET /api/jobs/%s/events", "GET /api/deployments/%s", "POST /api/deployments/%s/run-next",
                "GET /api/generate?schemaId=%s", "GET /api/train?schemaId=%s", "GET /api/deployments?schemaId=%s");
        Stream<DynamicTest> ids = paths.map(call -> {
            String[] parts = call.formatted(BAD_ID).split(" ", 2);
            String name = call.contains("?") ? "schemaId" : "id";
            return refused("a malformed id in " + call.formatted("{" + name + "}"), 400, name + ": '" + BAD_ID + "' is not a valid id",
                    () -> alice.raw(parts[0], parts[1], null, null));
        });
        return Stream.concat(ids, Stream.of(
                refused("a version that is no number", 400, "version: 'v" + MARKER + "' is not a whole number",
                        () -> alice.get("/api/schemas/" + UUID.randomUUID() + "/versions/v" + MARKER)),
                refused("a preview of too many rows", 400, "rows: must be less than or equal to 1000",
                        () -> alice.post("/api/schemas/" + UUID.randomUUID() + "/preview?rows=5000", null)),
                refused("rows of a preview that are no number", 400, "rows: 'many" + MARKER + "' is not a whole number",
                        () -> alice.post("/api/schemas/" + UUID.randomUUID() + "/preview?rows=many" + MARKER, null))));
    }

    private Stream<DynamicTest> patternCases() {
        return Stream.of(
                refused("[a-z]{100000} at save", 400, "fields[0].constraints.pattern: can produce values longer than 10,000 characters",
                        () -> alice.post("/api/schemas", patternSchema("[a-z]{100000}", ""))),
                refused("[a-z]{100000} at preview", 400, "fields[0].constraints.pattern: can produce values longer than 10,000 characters",
                        () -> alice.post("/api/schemas/preview", patternSchema("[a-z]{100000}", ""))),
                refused("a{0,2000000000}", 400, "can produce values longer than 10,000 characters",
                        () -> alice.post("/api/schemas", patternSchema("a{0,2000000000}", ""))),
                refused("nested repetitions", 400, "fields[0].constraints.pattern",
                        () -> alice.post("/api/schemas", patternSchema("(([^a]{1000}){1000}){1000}", ""))),
                refused("a back-reference", 400, "back-references such as \\1 are not supported",
                        () -> alice.post("/api/schemas", patternSchema("([a-z])\\\\1", ""))),
                refused("a look-ahead", 400, "look-arounds",
                        () -> alice.post("/api/schemas/preview", patternSchema("(?=x)[a-z]{3}", ""))),
                refused("minLength with a pattern that makes shorter values", 400,
                        "fields[0].constraints.minLength: the pattern makes values of 2 to 4 characters, but minLength is 3",
                        () -> alice.post("/api/schemas", patternSchema("[A-Z]{2,4}", ", \"minLength\": 3"))),
                refused("a pattern longer than 1,000 characters", 400, "a pattern may have at most 1000",
                        () -> alice.post("/api/schemas", patternSchema("a".repeat(1_001), ""))));
    }

    private Stream<DynamicTest> seedFileCases() {
        byte[] garbage = new byte[8_192];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0;
        byte[] zipGarbage = garbage.clone();
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipGarbage, 0, 4);
        return Stream.of(
                refused("an empty file", 422, MARKER + ".csv: the file is empty", () -> alice.upload(MARKER + ".csv", new byte[0])),
                refused("a file of only a header", 422, "but no data rows",
                        () -> alice.upload(MARKER + ".csv", "id,name,email\n".getBytes(StandardCharsets.UTF_8))),
                refused("a file of blank lines", 422, "the file holds no data",
                        () -> alice.upload(MARKER + ".csv", "\n\n\n".getBytes(StandardCharsets.UTF_8))),
                refused("garbage as xlsx", 422, MARKER + ".xlsx: not a readable Excel workbook", () -> alice.upload(MARKER + ".xlsx", zipGarbage)),
                refused("binary garbage as csv", 422, MARKER + ".csv: is not a text file", () -> alice.upload(MARKER + ".csv", garbage)),
                refused("broken JSON", 422, MARKER + ".json: line 1: the JSON ends before",
                        () -> alice.upload(MARKER + ".json", "[{\"a\": 1}, {\"a\": ".getBytes(StandardCharsets.UTF_8))),
                refused("a JSON array of numbers", 422, "expected a JSON object, found a number",
                        () -> alice.upload(MARKER + ".json", "[1, 2]".getBytes(StandardCharsets.UTF_8))));
    }

    private Stream<DynamicTest> protocolCases(String schemaId) {
        String boundary = "corpus-boundary";
        String wrongPart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.csv\"\r\n\r\na,b\n1,2\n\r\n--"
                + boundary + "--\r\n";
        return Stream.of(
                refused("a wrong content type", 415, "Content-Type text/plain",
                        () -> alice.raw("POST", "/api/schemas", "text/plain", schemaJson("Plain " + MARKER))),
                refused("JSON sent to the upload", 415, "send multipart/form-data", () -> alice.post("/api/seeds", "{}")),
                refused("an upload without its file part", 400, "the form has no part 'file'",
                        () -> alice.raw("POST", "/api/seeds", "multipart/form-data; boundary=" + boundary, wrongPart)),
                refused("an upload larger than the multipart limit", 413, "the upload is larger than the server's limit", this::hugeUpload),
                refused("a wrong method", 405, "DELETE", () -> alice.delete("/api/generate", null)),
                refused("an unknown sort key", 400, "sort: cannot sort by 'objectKey'", () -> alice.get("/api/seeds?sort=objectKey")),
                refused("a malformed If-Match", 400, "If-Match: must be a schema ETag",
                        () -> alice.put("/api/schemas/" + schemaId, schemaJson("Corpus " + MARKER), "version-1")),
                refused("gzip for xlsx", 400, "gzip: xlsx files are already compressed",
                        () -> alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 5, \"format\": \"xlsx\", \"gzip\": true}"
                                .formatted(schemaId))));
    }

    private static String patternSchema(String pattern, String moreConstraints) {
        return """
                {"name": "Pattern %s", "fields": [{"name": "code", "type": "string", "constraints": {"pattern": "%s"%s}}]}"""
                .formatted(MARKER + UUID.randomUUID(), pattern, moreConstraints);
    }

    private static DynamicTest refused(String name, int status, String detail, Supplier<Response> call) {
        return DynamicTest.dynamicTest(name, () -> {
            Response response = call.get();
            assertThat(response.status()).as(response.call() + " → " + response.body()).isEqualTo(status);
            assertThat(response.headers().getContentType()).as(response.body()).hasToString("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).startsWith("urn:synthesis:problem:");
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertPlain(problem.get("detail").asString());
            assertThat(problem.get("detail").asString()).contains(detail);
            if (problem.has("errors")) {
                problem.get("errors").valueStream().forEach(error -> assertPlain(error.get("message").asString()));
            }
        });
    }

    private static void assertPlain(String text) {
        for (String forbidden : FORBIDDEN_IN_DETAILS.split("\\|")) {
            assertThat(text).as("plain words, no Java").doesNotContain(forbidden);
        }
    }

    /**
     * Announces a 2 GB upload and sends a few bytes: the server refuses by the declared length before
     * reading the body, so the test does not have to send it.
     */
    private Response hugeUpload() {
        URI app = URI.create(TestPlatform.appUrl());
        String head = "POST /api/seeds HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort() + "\r\nAuthorization: Bearer "
                + Tokens.of("alice") + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 2000000000\r\n"
                + "Connection: close\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + MARKER + ".csv\"\r\n\r\n";
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return RawHttp.read("POST /api/seeds (2 GB announced)", socket.getInputStream());
        } catch (IOException failed) {
            throw new AssertionError("the announced 2 GB upload failed: " + failed, failed);
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static void checkLog(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        assertThat(events.stream().filter(BadRequestCorpusIT::isNoiseAboutABadRequest).map(ILoggingEvent::getFormattedMessage))
                .as("log lines with a stack trace or at WARN about these requests").isEmpty();
    }

    private static boolean isNoiseAboutABadRequest(ILoggingEvent event) {
        String throwable = throwableText(event.getThrowableProxy());
        boolean ours = event.getFormattedMessage().contains(MARKER) || throwable.contains(MARKER);
        boolean clientFailure = CLIENT_FAILURES.stream().anyMatch(throwable::contains);
        boolean loud = event.getLevel().isGreaterOrEqual(Level.WARN);
        boolean aboutClients = CLIENT_LOGGERS.stream().anyMatch(event.getLoggerName()::startsWith);
        return (ours && (event.getThrowableProxy() != null || loud)) || ((clientFailure || aboutClients) && loud);
    }

    private static String throwableText(IThrowableProxy throwable) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy cause = throwable; cause != null; cause = cause.getCause()) {
            text.append(cause.getClassName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** Reads an HTTP/1.1 answer from a socket whose connection the server closes after it. */
    private static final class RawHttp {

        private RawHttp() {}

        static Response read(String call, InputStream in) throws IOException {
            byte[] answer = in.readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int bodyStart = text.indexOf("\r\n\r\n") + 4;
            org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
            text.substring(text.indexOf("\r\n") + 2, bodyStart - 4).lines().forEach(line -> {
                int colon = line.indexOf(':');
                headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            });
            byte[] body = Arrays.copyOfRange(answer, bodyStart, answer.length);
            if ("chunked".equalsIgnoreCase(headers.getFirst("Transfer-Encoding"))) {
                body = dechunked(body);
            }
            return new Response(call, Integer.parseInt(text.substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunked(byte[] chunked) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            for (int size = -1; size != 0; ) {
                int lineEnd = text.indexOf("\r\n", at);
                size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toByteArray();
        }
    }
}
