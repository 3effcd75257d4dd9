package com.mastertrade.tenancy;

import com.mastertrade.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a store looks: its logo, favicon, two colours, tagline, footer and contact lines, and its legal pages'
 * texts. Kept as the tenant's {@code branding} JSON; every value is checked here, and pages escape them all.
 */
public record StoreBranding(Map<String, String> values) {

    /** The keys a store may set, with their longest value. */
    static final Map<String, Integer> KEYS = Map.of(
            "logo_url", 512,
            "favicon_url", 512,
            "primary_color", 7,
            "accent_color", 7,
            "tagline", 512,
            "footer_text", 500,
            "contact_email", 254,
            "contact_phone", 40,
            "terms", 20_000,
            "privacy", 20_000);

    private static final Set<String> URLS = Set.of("logo_url", "favicon_url");
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static final StoreBranding NONE = new StoreBranding(Map.of());

    public StoreBranding {
        values = Map.copyOf(values);
    }

    /** Checks what a reseller or an operator sends; {@code null} or blank removes a key. */
    public static StoreBranding of(Map<String, String> requested) {
        Map<String, String> values = new LinkedHashMap<>();
        if (requested != null) {
            requested.forEach((key, value) -> {
                if (!KEYS.containsKey(key)) {
                    throw new InvalidInputException("branding", "branding knows " + KEYS.keySet() + ", not " + key);
                }
                if (value == null || value.isBlank()) {
                    return;
                }
                String text = value.strip();
                if (text.length() > KEYS.get(key)
                        || (key.endsWith("_color") && !COLOR.matcher(text).matches())
                        || (URLS.contains(key) && !text.startsWith("https://"))
                        || (key.equals("contact_email") && !EMAIL.matcher(text).matches())) {
                    throw new InvalidInputException("branding", "branding." + key + " is not valid");
                }
                values.put(key, text);
            });
        }
        return new StoreBranding(values);
    }

    /** Reads what the tenant row keeps; keys this version does not know are ignored. */
    public static StoreBranding fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (KEYS.containsKey(entry.getKey()) && entry.getValue() instanceof JsonString text) {
                values.put(entry.getKey(), text.getString());
            }
        }
        return new StoreBranding(values);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> json.add(entry.getKey(), entry.getValue()));
        return json.build().toString();
    }

    public String get(String key) {
        return values.get(key);
    }
}
