package com.mastertrade.shared.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the generated document describe the JSON as it travels. Payara names schema properties after the Java
 * fields (camelCase) and ignores JSON-B's snake_case naming (see {@link JsonConfig}); for an EAR it also
 * replaces the title of {@code @OpenAPIDefinition} with its own. Adds the {@code Idempotency-Key} header to every
 * operation that takes it ({@link IdempotentCalls}), rather than an annotation on each method.
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo().setTitle("Mastertrade API");
        openAPI.getInfo().setVersion("1.0");
        IdempotentCalls.document(openAPI);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && properties.keySet().stream().anyMatch(name -> !name.equals(snakeCase(name)))) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            properties.forEach((name, property) -> renamed.put(snakeCase(name), property));
            schema.setProperties(renamed);
            List<String> required = schema.getRequired();
            if (required != null) {
                schema.setRequired(
                        required.stream().map(OpenApiCleanup::snakeCase).toList());
            }
        }
        return schema;
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
