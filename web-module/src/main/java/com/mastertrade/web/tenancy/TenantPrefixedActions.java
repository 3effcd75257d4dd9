package com.mastertrade.web.tenancy;

import com.mastertrade.web.store.StorePages;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * A page's forms post back to the address the visitor asked for ({@code /t/<slug>/login?next=...}), query included, not to
 * its view's file: the post then names the same store and the same page parameters. Pages without an address
 * of their own keep their view's, with the {@code /t/<slug>} prefix they were reached by.
 */
public class TenantPrefixedActions extends ViewHandlerWrapper {

    public TenantPrefixedActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object address = context.getExternalContext().getRequestMap().get(StorePages.ADDRESS);
        if (address != null) {
            return address.toString();
        }
        String url = getWrapped().getActionURL(context, viewId);
        Object prefix = context.getExternalContext().getRequestMap().get(TenantFilter.PREFIX_ATTRIBUTE);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (prefix == null || !url.startsWith(contextPath)) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
