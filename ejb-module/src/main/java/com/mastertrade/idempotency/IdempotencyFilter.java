package com.mastertrade.idempotency;

import com.mastertrade.identity.TokenIssuer;
import com.mastertrade.shared.http.IdempotentCalls;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Honours {@code Idempotency-Key} around the resources of both APIs (ADR 0012). Before the resource: the key is
 * taken, or the first answer given again, or the request refused (in use, reused). After it: the answer is kept,
 * from the bytes the client gets, or the key let go if the action failed. Runs after the token and role checks
 * ({@link Priorities#USER}), so a caller is known and a refused token never reaches a kept answer.
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final String ATTEMPT = IdempotencyFilter.class.getName() + ".attempt";
    private static final String UNWRITTEN = IdempotencyFilter.class.getName() + ".unwritten";

    @Inject
    IdempotencyKeys keys;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = path(request.getUriInfo());
        if (request.getHeaderString(IdempotentCalls.HEADER) == null
                || !IdempotentCalls.covers(request.getMethod(), path)
                // Every covered call needs a signed-in caller; an anonymous one is refused by the role check.
                || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken caller)) {
            return;
        }
        IdempotencyKey key = IdempotencyKey.fromHeader(request.getHeaders().get(IdempotentCalls.HEADER));
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        RequestFingerprint fingerprint =
                RequestFingerprint.of(request.getMethod(), query == null ? path : path + "?" + query, body);
        Start start = keys.begin(scopeOf(caller), key, fingerprint);
        if (start instanceof Start.Run run) {
            request.setProperty(ATTEMPT, run.attempt());
        } else if (start instanceof Start.Replay replay) {
            request.abortWith(replayOf(replay.answer()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(ATTEMPT) instanceof Attempt attempt)) {
            return;
        }
        request.removeProperty(ATTEMPT);
        Map<String, String> headers = new HashMap<>();
        for (String name : KeptAnswer.KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!KeptAnswer.standsFor(response.getStatus(), headers)) {
            keys.release(attempt);
        } else if (response.hasEntity()) {
            request.setProperty(UNWRITTEN, new Unwritten(attempt, response.getStatus(), headers));
        } else {
            keys.finish(attempt, new KeptAnswer(response.getStatus(), headers, new byte[0]));
        }
    }

    /** Keeps the body as the client gets it, before it goes: a client gone meanwhile will find it on its retry. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(UNWRITTEN) instanceof Unwritten unwritten)) {
            context.proceed();
            return;
        }
        context.removeProperty(UNWRITTEN);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            keys.release(unwritten.attempt());
            throw e;
        }
        Map<String, String> headers = new HashMap<>(unwritten.headers());
        if (context.getMediaType() != null) {
            headers.put(KeptAnswer.CONTENT_TYPE, context.getMediaType().toString());
        }
        keys.finish(unwritten.attempt(), new KeptAnswer(unwritten.status(), headers, body.toByteArray()));
        context.setOutputStream(client);
        body.writeTo(client);
    }

    /** The path below the API's root, as the covered calls are named: {@code /orders/12/checkout}. */
    private static String path(UriInfo uri) {
        return "/" + uri.getPath(true).replaceAll("/+", "/").replaceFirst("^/", "");
    }

    /** An operator's keys are the platform's; a store user's are their store's (the token check made it this one). */
    private static KeyScope scopeOf(JsonWebToken caller) {
        long id = Long.parseLong(caller.getSubject());
        boolean operator = caller.getAudience() != null && caller.getAudience().contains(TokenIssuer.OPERATOR_AUDIENCE);
        return operator ? KeyScope.ofOperator(id) : KeyScope.ofStoreUser(TenantContext.require(), id);
    }

    private static Response replayOf(KeptAnswer answer) {
        Response.ResponseBuilder replay =
                Response.status(answer.status()).header(IdempotentCalls.REPLAYED_HEADER, "true");
        answer.headers().forEach(replay::header);
        byte[] body = answer.body();
        return (body.length == 0 ? replay : replay.entity(body)).build();
    }

    /** An answer whose status and headers are known, its body not yet written. */
    private record Unwritten(Attempt attempt, int status, Map<String, String> headers) {}
}
