package com.mastertrade.shared.http;

import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.TooManyRequestsException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches JAX-RS into the API's one error shape. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    static Response answer(int status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, message, field)).build();
    }

    /** Our own exceptions know their answer. */
    @Provider
    public static class Application implements ExceptionMapper<MastertradeException> {
        @Override
        public Response toResponse(MastertradeException e) {
            Response response = answer(e.status(), e.code(), e.getMessage(), e.field());
            if (e instanceof TooManyRequestsException limited) {
                response.getHeaders().putSingle("Retry-After", limited.retryAfterSeconds());
            }
            return response;
        }
    }

    /** Bean Validation on a request body: 422 naming the first failed field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
            String field = null;
            for (Path.Node node : first.getPropertyPath()) {
                field = node.getName();
            }
            String snake = field == null ? null : field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
            return answer(422, "VALIDATION_FAILED", snake + " " + first.getMessage(), snake);
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return answer(400, "MALFORMED_JSON", "The request body is not valid JSON for this call", null);
        }
    }

    /** JAX-RS's own answers (no route, wrong method, wrong media type...) and what the runtime wraps. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BodySizeLimitFilter.PayloadTooLargeException) {
                    return answer(413, "PAYLOAD_TOO_LARGE", cause.getMessage(), null);
                }
                if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                    return answer(400, "MALFORMED_JSON", "The request body is not valid JSON for this call", null);
                }
            }
            int status = e.getResponse().getStatus();
            Response response = answer(status, ErrorPages.codeFor(status), ErrorPages.messageFor(status), null);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if ("Allow".equalsIgnoreCase(name) || "WWW-Authenticate".equalsIgnoreCase(name)) {
                    response.getHeaders().put(name, values);
                }
            });
            return response;
        }
    }

    /** Anything else is our fault: logged with the request id, answered without details. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MastertradeException known) {
                    return new Application().toResponse(known);
                }
                if (cause instanceof BodySizeLimitFilter.PayloadTooLargeException) {
                    return answer(413, "PAYLOAD_TOO_LARGE", cause.getMessage(), null);
                }
            }
            LOG.log(Level.SEVERE, "Request " + RequestId.current() + " failed", e);
            return answer(500, "INTERNAL_ERROR", ErrorPages.messageFor(500), null);
        }
    }
}
