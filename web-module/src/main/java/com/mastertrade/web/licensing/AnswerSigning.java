package com.mastertrade.web.licensing;

import com.mastertrade.licensing.signing.AnswerSignature;
import com.mastertrade.licensing.signing.AnswerSigner;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Signs the answers of the licence API (every path under {@code /api/license/}) and of resources marked
 * {@link SignedAnswer}: the response filter decides, the writer interceptor serialises the entity into a
 * buffer, signs those bytes, sets {@code Mastertrade-Signature} and writes the same bytes.
 *
 * <p>Global rather than name-bound, so that no answer escapes: error answers made by the exception mappers
 * (from the resource, or from a filter such as the check of {@code Mastertrade-Accept-Signature} below) and
 * answers of unknown licence paths (404/405, where no resource method matched) all pass here. The key is the
 * store's given to {@link SignedAnswerStore}, else the request's store; with no store there is no key, and
 * the answer (404 {@code TENANT_NOT_FOUND}) goes out unsigned.
 */
@Provider
@ApplicationScoped
public class AnswerSigning implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final String LICENSE_API = "license/";
    private static final String SIGNING = AnswerSigning.class.getName() + ".signing";

    @Inject
    AnswerSigner signer;

    /** An algorithm we do not sign with is refused before the call does anything (406, signed by default). */
    @Override
    public void filter(ContainerRequestContext request) {
        if (isSigned(request)) {
            SignatureAlgorithm.requested(request.getHeaderString(AnswerSignature.ACCEPT_HEADER));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isSigned(request)) {
            return;
        }
        Optional<TenantRef> store = SignedAnswerStore.of(request).or(TenantContext::current);
        if (store.isEmpty()) {
            return;
        }
        Signing signing = new Signing(store.get(), algorithmOf(request));
        if (response.hasEntity()) {
            request.setProperty(SIGNING, signing);
        } else {
            response.getHeaders().putSingle(AnswerSignature.HEADER, signing.sign(signer, new byte[0]));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(SIGNING) instanceof Signing signing)) {
            context.proceed();
            return;
        }
        OutputStream wire = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        context.setOutputStream(body);
        context.proceed();
        byte[] bytes = body.toByteArray();
        // Nothing has reached the wire yet, so the header still goes out with the status line.
        context.getHeaders().putSingle(AnswerSignature.HEADER, signing.sign(signer, bytes));
        context.setOutputStream(wire);
        wire.write(bytes);
    }

    /** The algorithm asked for, or the default when the request asked for one we refused. */
    private static SignatureAlgorithm algorithmOf(ContainerRequestContext request) {
        try {
            return SignatureAlgorithm.requested(request.getHeaderString(AnswerSignature.ACCEPT_HEADER));
        } catch (MastertradeException refused) {
            return SignatureAlgorithm.DEFAULT;
        }
    }

    private static boolean isSigned(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("/") ? path.substring(1) : path).startsWith(LICENSE_API)) {
            return true;
        }
        ResourceMethod matched =
                request.getUriInfo() instanceof ExtendedUriInfo uri ? uri.getMatchedResourceMethod() : null;
        if (matched == null) {
            return false;
        }
        Invocable invocable = matched.getInvocable();
        return invocable.getHandlingMethod().isAnnotationPresent(SignedAnswer.class)
                || invocable.getDefinitionMethod().isAnnotationPresent(SignedAnswer.class)
                || invocable.getHandler().getHandlerClass().isAnnotationPresent(SignedAnswer.class);
    }

    /** Which store signs this answer, and how. */
    private record Signing(TenantRef store, SignatureAlgorithm algorithm) {

        String sign(AnswerSigner signer, byte[] body) {
            return TenantContext.call(store, () -> signer.sign(body, algorithm));
        }
    }
}
