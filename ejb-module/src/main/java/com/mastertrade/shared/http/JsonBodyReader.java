package com.mastertrade.shared.http;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Reads every JSON request body of both APIs into its Java type: the whole body (at most 1 MiB, {@link
 * BodySizeLimitFilter}) is checked by {@link JsonBodyCheck} (one JSON value, the right JSON types, no control
 * characters) and only then bound by JSON-B with the API's settings ({@link JsonConfig}). A blank body is
 * {@code null}, as JAX-RS gives it, for the resource to require or not.
 *
 * <p>Ahead of Jersey's own JSON-B reader by priority; bodies read as bytes, text or JSON-P values (a provider's
 * webhook) are left to JAX-RS.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "text/json", "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && isBodyType(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (!JsonBodyCheck.check(body, genericType)) {
            return null;
        }
        try {
            return JsonConfig.JSONB.fromJson(new ByteArrayInputStream(body), genericType);
        } catch (JsonbException e) {
            throw JsonBodyCheck.malformed("The request body is not valid JSON for this call");
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || ("text".equals(mediaType.getType()) && "json".equals(mediaType.getSubtype()))
                        || mediaType.getSubtype().endsWith("+json"));
    }

    /** The application's records and classes, and lists or maps of them; not bytes, text or JSON-P values. */
    private static boolean isBodyType(Class<?> type) {
        if (JsonValue.class.isAssignableFrom(type)) {
            return false;
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return true;
        }
        String name = type.getName();
        return !type.isPrimitive()
                && !type.isArray()
                && !name.startsWith("java.")
                && !name.startsWith("javax.")
                && !name.startsWith("jakarta.");
    }
}
