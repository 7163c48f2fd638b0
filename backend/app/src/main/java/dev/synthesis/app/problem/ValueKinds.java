package dev.synthesis.app.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a value of a Java type is, in a client's words ("a whole number", "a valid id"), so messages never name the type. */
final class ValueKinds {

    /** The first entry the type fits wins. */
    private static final Map<Class<?>, String> KINDS = kinds();

    private ValueKinds() {}

    static String of(Class<?> type) {
        return KINDS.entrySet().stream().filter(kind -> kind.getKey().isAssignableFrom(type))
                .map(Map.Entry::getValue).findFirst().orElse("an object");
    }

    /** A value as a message quotes it: short, on one line. */
    static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static Map<Class<?>, String> kinds() {
        Map<Class<?>, String> kinds = new LinkedHashMap<>();
        for (Class<?> whole : List.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class, BigInteger.class)) {
            kinds.put(whole, "a whole number");
        }
        for (Class<?> decimal : List.of(Double.class, double.class, Float.class, float.class, BigDecimal.class)) {
            kinds.put(decimal, "a number");
        }
        kinds.put(Boolean.class, "true or false");
        kinds.put(boolean.class, "true or false");
        kinds.put(CharSequence.class, "text");
        kinds.put(UUID.class, "a valid id (such as 0b7e5d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e)");
        kinds.put(LocalDate.class, "a date such as 2026-12-01");
        kinds.put(Instant.class, "a date-time such as 2026-12-01T08:00:00Z");
        kinds.put(OffsetDateTime.class, "a date-time such as 2026-12-01T08:00:00Z");
        kinds.put(Collection.class, "a list");
        kinds.put(Object[].class, "a list");
        return kinds;
    }
}
