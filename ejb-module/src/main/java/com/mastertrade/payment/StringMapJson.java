package com.mastertrade.payment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of texts as a JSON object: a checkout's details in a {@code jsonb} column, a store's credentials
 * before they are sealed. Values that are not texts are read as their JSON text.
 */
final class StringMapJson {

    private StringMapJson() {}

    static String toJson(Map<String, String> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        map.forEach(object::add);
        return object.build().toString();
    }

    static Map<String, String> fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> map = new LinkedHashMap<>();
            object.forEach((name, value) -> map.put(name, text(value)));
            return map;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
