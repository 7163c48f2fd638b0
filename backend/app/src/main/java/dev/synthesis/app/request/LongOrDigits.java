package dev.synthesis.app.request;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A 64-bit whole number sent as a JSON number or as a string of digits: a browser holds numbers as
 * doubles, which round seeds above 2^53, so the SPA sends them as strings. Anything else (1.5,
 * "ten", true) is refused like any other whole number.
 */
public final class LongOrDigits extends ValueDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getString().strip();
            if (text.matches("[-+]?\\d{1,19}")) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException outOfRange) {
                    return (Long) context.handleWeirdStringValue(Long.class, text, "out of the 64-bit range");
                }
            }
            return (Long) context.handleWeirdStringValue(Long.class, text, "not a whole number");
        }
        return (Long) context.handleUnexpectedToken(Long.class, parser);
    }
}
