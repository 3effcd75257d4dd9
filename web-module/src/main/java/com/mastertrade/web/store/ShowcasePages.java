package com.mastertrade.web.store;

import com.mastertrade.catalog.CatalogChanged;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.TimedCache;
import com.mastertrade.shared.http.PageLanguage;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.tenancy.TenantChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The store's showcase (home, catalogue, product pages, pricing, contact, legal pages) is the same page for every
 * visitor who is not signed in, in one language, but for the CSP nonce. Rendered once, such a page is kept a few
 * seconds and served again with a fresh nonce in its policy and its markup, without any Faces work. Only pages
 * addressed without a query (a search is rendered each time, and cannot fill memory), answered 200 without a
 * cookie or a session, are kept; a change of the store's catalogue or branding forgets its pages at once.
 */
@ApplicationScoped
public class ShowcasePages {

    static final Duration LIFETIME = Duration.ofSeconds(10);

    private final TimedCache<Key, ShowcasePage> pages = new TimedCache<>(LIFETIME, 2_000);

    @Inject
    Clock clock;

    /** Whether a request for a page can be answered from the cache: a showcase page, asked plainly. */
    static boolean isCacheable(HttpServletRequest request, StoreRoutes.Destination destination) {
        return destination.isShowcase() && "GET".equals(request.getMethod()) && request.getQueryString() == null;
    }

    /**
     * Serves the page kept for this store, language and address (as the visitor asked for it: on the store's host
     * or behind its {@code /t/<slug>} prefix, its links differ), or renders it with {@code render} and keeps it.
     */
    void serve(HttpServletRequest request, HttpServletResponse response, String address, Render render)
            throws IOException, ServletException {
        Key key = new Key(TenantContext.require().id(), PageLanguage.of(request), address);
        Optional<ShowcasePage> kept = pages.find(key, clock.instant());
        if (kept.isPresent()) {
            kept.get().writeTo(response, newNonce());
            return;
        }
        PageCapture capture = new PageCapture(response);
        render.to(capture);
        capture.page(key.storeId(), request.getSession(false) == null)
                .ifPresent(page -> pages.put(key, page, clock.instant()));
        capture.release();
    }

    void onCatalogChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        pages.forgetIf(page -> page.storeId() == change.storeId());
    }

    void onStoreChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        pages.forgetIf(page -> page.storeId() == change.tenant().id());
    }

    /** A nonce as PrimeFaces makes and checks them: a random UUID's text in base64. */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Renders the page into the response given. */
    @FunctionalInterface
    interface Render {
        void to(HttpServletResponse response) throws IOException, ServletException;
    }

    private record Key(long storeId, Language language, String address) {}

    /** A page as rendered once: its headers and markup, with the nonce it was rendered with. */
    record ShowcasePage(long storeId, String contentType, List<PageCapture.Header> headers, String body, String nonce) {

        void writeTo(HttpServletResponse response, String freshNonce) throws IOException {
            for (PageCapture.Header header : headers) {
                String value = header.value().replace(nonce, freshNonce);
                if (header.added()) {
                    response.addHeader(header.name(), value);
                } else {
                    response.setHeader(header.name(), value);
                }
            }
            byte[] bytes = body.replace(nonce, freshNonce).getBytes(StandardCharsets.UTF_8);
            response.setContentType(contentType);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
