package com.mastertrade.shared.http;

import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.TooManyRequestsException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches JAX-RS into the API's one error shape. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {}

    /** Failures that arrive wrapped (by the JSON binding, the runtime, an EJB) but mean a client error. */
    static Response knownCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MastertradeException known) {
                return new Application().toResponse(known);
            }
            if (cause instanceof BodySizeLimitFilter.PayloadTooLargeException) {
                return answer(413, "PAYLOAD_TOO_LARGE", cause.getMessage(), null);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof JsonParsingException
                    || cause instanceof NoContentException) {
                return malformedJson();
            }
        }
        return null;
    }

    static Response malformedJson() {
        return answer(400, "MALFORMED_JSON", "The request body is not valid JSON for this call", null);
    }

    static Response answer(int status, String code, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, message, field))
                .build();
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
            ConstraintViolation<?> first =
                    e.getConstraintViolations().iterator().next();
            String field = null;
            for (Path.Node node : first.getPropertyPath()) {
                field = node.getName();
            }
            String snake = field == null
                    ? null
                    : field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            return answer(422, "VALIDATION_FAILED", snake + " " + first.getMessage(), snake);
        }
    }

    /** The body could not be read into the call's type: not JSON, or JSON of the wrong shape or types. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Response known = knownCause(e);
            return known != null ? known : malformedJson();
        }
    }

    /** JAX-RS's own answers (no route, wrong method, wrong media type...) and what the runtime wraps. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response known = knownCause(e.getCause());
            if (known != null) {
                return known;
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
            Response known = knownCause(e);
            if (known != null) {
                return known;
            }
            LOG.log(Level.SEVERE, "Request " + RequestId.current() + " failed", e);
            return answer(500, "INTERNAL_ERROR", ErrorPages.messageFor(500), null);
        }
    }
}
