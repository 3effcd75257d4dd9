package com.mastertrade.shared.http;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.MastertradeException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One pass over a JSON request body against the Java type it becomes, before JSON-B binds it: JSON-B stops
 * after the first value (so {@code {"a":1}xyz} was taken), turns a number or a boolean into a String, "12" into
 * a number, 1 into {@code false}, 12.5 into 12, and PostgreSQL refuses the NUL it lets through.
 *
 * <ul>
 *   <li>The body is exactly one JSON value (whitespace may follow), nested at most {@value #MAX_DEPTH} levels:
 *       else 400 {@code MALFORMED_JSON}.
 *   <li>Each value has the JSON type of its property (a string for a String, a number for a number, true or
 *       false for a Boolean, a list, an object), whole numbers are whole and fit their type, and no text,
 *       property names included, holds a control character ({@link ControlCharacters}): else 422
 *       {@code VALIDATION_FAILED} naming the first such field as sent, nested ones by their path
 *       ({@code prices[0].currency}). Properties the type does not know are still checked for control
 *       characters.
 * </ul>
 *
 * The whole body is read before any 422, so a body that is not one JSON value is 400 whatever else is wrong.
 */
final class JsonBodyCheck {

    static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new ConcurrentHashMap<>();

    private final JsonParser parser;
    private InvalidInputException firstRefusal;

    private JsonBodyCheck(JsonParser parser) {
        this.parser = parser;
    }

    /** Whether the body holds a JSON value at all (a blank one holds none); refuses it as said above. */
    static boolean check(byte[] body, Type target) {
        if (isBlank(body)) {
            return false;
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                return false;
            }
            JsonBodyCheck check = new JsonBodyCheck(parser);
            check.root(parser.next(), target);
            if (somethingAfter(parser)) {
                throw malformed("The request body must be one JSON value with nothing after it");
            }
            if (check.firstRefusal != null) {
                throw check.firstRefusal;
            }
            return true;
        } catch (JsonException | NoSuchElementException e) {
            throw malformed("The request body is not valid JSON for this call");
        }
    }

    /** Whether anything but whitespace follows the value (the parser refuses what is not a JSON token). */
    private static boolean somethingAfter(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException notAToken) {
            return true;
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    static MastertradeException malformed(String message) {
        return new MastertradeException(400, "MALFORMED_JSON", message);
    }

    /** The body itself has no field name: a body of the wrong kind is malformed for this call. */
    private void root(Event event, Type target) {
        JsonShape shape = JsonShape.of(rawClass(target));
        boolean structured = shape == JsonShape.OBJECT || shape == JsonShape.MAP || shape == JsonShape.LIST;
        if (structured && event != Event.VALUE_NULL && !shape.accepts(event)) {
            throw malformed("The request body must be a JSON " + (shape == JsonShape.LIST ? "list" : "object"));
        }
        value(event, target, false, FieldPath.ROOT, 1);
    }

    private void value(Event event, Type type, boolean multiLine, FieldPath field, int depth) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            value(event, typeArgument(type, 0), multiLine, field, depth);
            return;
        }
        JsonShape shape = JsonShape.of(raw);
        if (event == Event.VALUE_NULL) {
            if (raw.isPrimitive()) {
                refuse(field, field + " must be " + shape.expected);
            }
            return;
        }
        if (!shape.accepts(event)) {
            refuse(field, field + " must be " + shape.expected);
            any(event, multiLine, field, depth);
            return;
        }
        switch (shape) {
            case TEXT -> text(parser.getString(), multiLine, field);
            case WHOLE, NUMBER -> number(raw, shape, field);
            case LIST -> list(elementType(type), multiLine, field, depth);
            case MAP -> object(name -> typeArgument(type, 1), name -> multiLine, field, depth);
            case OBJECT -> {
                Map<String, Property> properties = properties(raw);
                object(
                        name -> properties.getOrDefault(name, Property.UNKNOWN).type(),
                        name -> properties.getOrDefault(name, Property.UNKNOWN).multiLine(),
                        field,
                        depth);
            }
            default -> any(event, multiLine, field, depth);
        }
    }

    /** A value of any JSON type (a property the Java type does not know, a JsonValue): its texts are checked. */
    private void any(Event event, boolean multiLine, FieldPath field, int depth) {
        switch (event) {
            case VALUE_STRING -> text(parser.getString(), multiLine, field);
            case START_ARRAY -> list(Object.class, multiLine, field, depth);
            case START_OBJECT -> object(name -> Object.class, name -> multiLine, field, depth);
            default -> {}
        }
    }

    private void list(Type elements, boolean multiLine, FieldPath field, int depth) {
        deeper(depth);
        int index = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            value(event, elements, multiLine, field.item(index++), depth + 1);
        }
    }

    private void object(Function<String, Type> types, Predicate<String> multiLines, FieldPath field, int depth) {
        deeper(depth);
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            FieldPath property = field.property(name);
            if (ControlCharacters.in(name, false)) {
                refuse(property, "A property name holds a control character: " + property);
            }
            value(parser.next(), types.apply(name), multiLines.test(name), property, depth + 1);
        }
    }

    private static void deeper(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("The request body is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void text(String text, boolean multiLine, FieldPath field) {
        if (ControlCharacters.in(text, multiLine)) {
            refuse(field, field + " holds a control character");
        }
    }

    private void number(Class<?> type, JsonShape shape, FieldPath field) {
        BigDecimal number;
        try {
            number = parser.getBigDecimal();
        } catch (RuntimeException unreadable) {
            // An exponent beyond what BigDecimal holds (1e2147483648) or more digits than the parser takes.
            refuse(field, field + " is too large");
            return;
        }
        if (shape == JsonShape.WHOLE) {
            BigDecimal exact = number.stripTrailingZeros();
            if (exact.scale() > 0) {
                refuse(field, field + " must be a whole number");
            } else if (!fits(exact, type)) {
                refuse(field, field + " is too large");
            }
        } else if ((type == double.class || type == Double.class || type == float.class || type == Float.class)
                && Double.isInfinite(number.doubleValue())) {
            refuse(field, field + " is too large");
        }
    }

    /** Whether a whole number fits the Java type JSON-B puts it in (which would cut it silently). */
    private static boolean fits(BigDecimal whole, Class<?> type) {
        long digits = (long) whole.precision() - whole.scale();
        if (type == BigInteger.class) {
            return digits <= 100;
        }
        if (digits > 19) {
            return false;
        }
        long value;
        try {
            value = whole.longValueExact();
        } catch (ArithmeticException beyondLong) {
            return false;
        }
        long max = type == int.class || type == Integer.class
                ? Integer.MAX_VALUE
                : type == short.class || type == Short.class
                        ? Short.MAX_VALUE
                        : type == byte.class || type == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        return value >= -max - 1 && value <= max;
    }

    private void refuse(FieldPath field, String message) {
        if (firstRefusal == null) {
            firstRefusal = new InvalidInputException(field.isRoot() ? null : field.toString(), message);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof GenericArrayType array) {
            return java.lang.reflect.Array.newInstance(rawClass(array.getGenericComponentType()), 0)
                    .getClass();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> plain && plain.isArray()) {
            return plain.getComponentType();
        }
        return typeArgument(type, 0);
    }

    /** The JSON names of a body type's properties, as JSON-B names them ({@link JsonConfig}: snake_case). */
    private static Map<String, Property> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, JsonBodyCheck::propertiesOf);
    }

    private static Map<String, Property> propertiesOf(Class<?> type) {
        Map<String, Property> properties = new HashMap<>();
        // A record's components are its private fields, which carry the components' annotations too.
        for (Class<?> declaring = type;
                declaring != null && declaring != Object.class;
                declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                JsonbProperty named = field.getAnnotation(JsonbProperty.class);
                String name = named != null && !named.value().isEmpty()
                        ? named.value()
                        : OpenApiCleanup.snakeCase(field.getName());
                properties.putIfAbsent(
                        name, new Property(field.getGenericType(), field.isAnnotationPresent(MultiLine.class)));
            }
        }
        return Map.copyOf(properties);
    }

    private record Property(Type type, boolean multiLine) {
        static final Property UNKNOWN = new Property(Object.class, false);
    }
}
