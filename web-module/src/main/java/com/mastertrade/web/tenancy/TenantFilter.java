package com.mastertrade.web.tenancy;

import com.mastertrade.shared.http.ErrorPages;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.TenantDirectory;
import com.mastertrade.web.pages.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Opens the tenant context of each request, below which every query runs in the tenant's schema.
 * Unknown stores answer 404, suspended ones 403 (their licence API's refusal comes from JAX-RS, signed); a few
 * platform paths need no store.
 */
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Tenant";

    private static final String LANDING_PAGE = "/index.xhtml";
    /** A suspended store's licence API refuses in JAX-RS instead, where the refusal is signed (SuspendedStoreRefusal). */
    private static final String LICENSE_API = "/api/license/";
    /**
     * Paths of the platform rather than a store. Payara adds its MicroProfile endpoints (health, OpenAPI) to the
     * application at the root context, which is this one; metrics are on the management listener only.
     */
    private static final List<String> PLATFORM_PATHS = List.of(
            "/health", "/openapi", "/api/ping", "/api/docs", "/api/license/", "/webjars/", "/jakarta.faces.resource/");

    @Inject
    TenantDirectory directory;

    private TenantResolution resolution;

    @Override
    public void init() {
        resolution = new TenantResolution(directory.baseDomain(), directory::byDomain, directory::bySlug);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RequestPaths.Refusal refusal = RequestPaths.check(path);
        if (refusal == RequestPaths.Refusal.PRIVATE) {
            ErrorPages.write(response, 404, "NOT_FOUND", "Nothing here");
            return;
        }
        if (refusal == RequestPaths.Refusal.MALFORMED) {
            ErrorPages.write(response, 400, "BAD_PATH", "The path has dot segments or broken escapes");
            return;
        }
        TenantResolution.Outcome outcome = resolution.resolve(request.getServerName(), path, request.getHeader(HEADER));
        if (outcome instanceof TenantResolution.Outcome.Found found) {
            serve(found, path, request, response, chain);
        } else if (outcome instanceof TenantResolution.Outcome.Unknown unknown) {
            String message = TenantResolution.quotable(unknown.name())
                    .map(name -> "No store '" + name + "'")
                    .orElse("No such store");
            ErrorPages.write(response, 404, "TENANT_NOT_FOUND", message);
        } else if (outcome instanceof TenantResolution.Outcome.Mismatch mismatch) {
            String other = TenantResolution.quotable(mismatch.second()).orElse("another one");
            ErrorPages.write(
                    response,
                    400,
                    "TENANT_MISMATCH",
                    "The request names two stores: " + mismatch.first() + " and " + other);
        } else if (path.equals("/")
                || path.equals(LANDING_PAGE)
                || PLATFORM_PATHS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else {
            ErrorPages.write(
                    response,
                    404,
                    "TENANT_NOT_FOUND",
                    "No store named: use the store's address, a /t/{slug}/ prefix or the X-Tenant header");
        }
    }

    private static void serve(
            TenantResolution.Outcome.Found found,
            String path,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws IOException, ServletException {
        TenantRef tenant = found.tenant();
        String storePath = found.forwardPath() == null ? path : found.forwardPath();
        if (tenant.status() == TenantStatus.SUSPENDED && !storePath.startsWith(LICENSE_API)) {
            ErrorPages.write(response, 403, "TENANT_SUSPENDED", "This store is suspended");
            return;
        }
        if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
            ErrorPages.write(response, 404, "TENANT_NOT_FOUND", "No store '" + tenant.slug() + "'");
            return;
        }
        request.setAttribute(ErrorPages.STORE, tenant);
        request.setAttribute(ErrorPages.STORE_HOME, found.forwardPath() == null ? "/" : "/t/" + tenant.slug() + "/");
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            if (found.forwardPath() == null) {
                chain.doFilter(request, response);
            } else {
                String inside = found.forwardPath();
                String query = request.getQueryString();
                String target = query == null ? inside : inside + "?" + query;
                RequestDispatcher inStore = request.getRequestDispatcher(target);
                if (inStore == null) {
                    ErrorPages.write(response, 404, "NOT_FOUND", "Nothing here");
                    return;
                }
                request.setAttribute(Pages.PREFIX, "/t/" + tenant.slug());
                inStore.forward(request, response);
            }
        }
    }
}
