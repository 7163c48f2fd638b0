package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON array of objects, or JSON Lines (one object per line), token by token. Scalars
 * keep their source text (so {@code 1.50} stays {@code 1.50}), nested objects and arrays become
 * compact JSON text, and the columns are the union of all keys in order of first appearance.
 */
final class JsonSeedReader {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']{1,30})");

    /** Nested values are read as trees from inside the document, so the rest of it is not "trailing". */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String fileName;
    private final ReadLimits limits;
    private final boolean lines;

    JsonSeedReader(String fileName, ReadLimits limits, boolean lines) {
        this.fileName = fileName;
        this.limits = limits;
        this.lines = lines;
    }

    Table read(InputStream in) {
        RawRows rows = new RawRows(fileName, limits);
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (!lines && parser.nextToken() != JsonToken.START_ARRAY) {
                throw BadInput.at(fileName, place(parser), "expected a JSON array of objects");
            }
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw BadInput.at(fileName, place(parser), "expected a JSON object, found " + described(token));
                }
                readObject(parser, rows);
            }
        } catch (JacksonException malformed) {
            String place = malformed.getLocation() == null ? "near the end" : "line " + malformed.getLocation().getLineNr();
            throw BadInput.at(fileName, place, plain(malformed.getOriginalMessage()));
        }
        return rows.toTable();
    }

    private void readObject(JsonParser parser, RawRows rows) {
        String place = place(parser);
        String[] values = new String[rows.columnCount()];
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            int column = rows.column(parser.currentName(), place);
            parser.nextToken();
            if (column >= values.length) {
                values = Arrays.copyOf(values, rows.columnCount());
            }
            values[column] = valueText(parser);
        }
        rows.addRow(values, place);
    }

    private static String valueText(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isStructStart()) {
            return MAPPER.readTree(parser).toString();
        }
        return parser.getString();
    }

    private static String described(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** The parser's reason in a user's words; its own wording names tokens, codes and the parser's source. */
    private static String plain(String reason) {
        if (reason.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before every bracket and quote is closed";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(reason);
        if (character.lookingAt()) {
            return "not valid JSON: unexpected character '" + character.group(1) + "'";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(reason);
        if (token.lookingAt()) {
            return "not valid JSON: unexpected text '" + token.group(1) + "'";
        }
        if (reason.startsWith("Invalid UTF-8") || reason.startsWith("Invalid UTF-32")) {
            return "not valid text: JSON files must be UTF-8";
        }
        if (reason.startsWith("Illegal unquoted character")) {
            return "not valid JSON: a control character such as a line break is not escaped inside a string";
        }
        return "not valid JSON";
    }

    private String place(JsonParser parser) {
        return "line " + parser.currentTokenLocation().getLineNr();
    }
}
