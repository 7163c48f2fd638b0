package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
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
                    throw BadInput.at(fileName, place(parser), "expected a JSON object, found " + token.name().toLowerCase(Locale.ROOT));
                }
                readObject(parser, rows);
            }
        } catch (JacksonException malformed) {
            String place = malformed.getLocation() == null ? "near the end" : "line " + malformed.getLocation().getLineNr();
            throw BadInput.at(fileName, place, firstLine(malformed.getOriginalMessage()));
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

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private String place(JsonParser parser) {
        return "line " + parser.currentTokenLocation().getLineNr();
    }
}
