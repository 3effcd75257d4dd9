package com.mastertrade.shared.http;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What JSON a Java type of a request body takes ({@link JsonBodyCheck}). */
enum JsonShape {
    ANY("anything"),
    TEXT("a string"),
    WHOLE("a whole number"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    LIST("a list"),
    MAP("an object"),
    OBJECT("an object");

    final String expected;

    JsonShape(String expected) {
        this.expected = expected;
    }

    boolean accepts(Event event) {
        return switch (this) {
            case ANY -> true;
            case TEXT -> event == Event.VALUE_STRING;
            case WHOLE, NUMBER -> event == Event.VALUE_NUMBER;
            case BOOLEAN -> event == Event.VALUE_TRUE || event == Event.VALUE_FALSE;
            case LIST -> event == Event.START_ARRAY;
            case MAP, OBJECT -> event == Event.START_OBJECT;
        };
    }

    static JsonShape of(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class || type.isEnum()) {
            return TEXT;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == long.class
                || type == Long.class
                || type == int.class
                || type == Integer.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class
                || type == BigInteger.class) {
            return WHOLE;
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return NUMBER;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return LIST;
        }
        if (Map.class.isAssignableFrom(type)) {
            return MAP;
        }
        if (type == Object.class || JsonValue.class.isAssignableFrom(type)) {
            return ANY;
        }
        String name = type.getName();
        if (name.startsWith("java.time.") || type == UUID.class || type == URI.class || type == URL.class) {
            return TEXT;
        }
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")) {
            return ANY;
        }
        return OBJECT;
    }
}
