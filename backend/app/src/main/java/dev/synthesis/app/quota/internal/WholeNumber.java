package dev.synthesis.app.quota.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A JSON number that must be written as a whole number. Jackson would otherwise cut 1.5 to 1 and
 * accept "7" as 7: a limit set by mistake must be refused, not silently changed.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonDeserialize(using = WholeNumber.Reader.class)
public @interface WholeNumber {

    /** Reads integer tokens only. */
    class Reader extends ValueDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return context.reportInputMismatch(this, "must be a whole number, got %s", parser.getString());
            }
            return parser.getLongValue();
        }

        @Override
        public Class<?> handledType() {
            return Long.class;
        }
    }
}
