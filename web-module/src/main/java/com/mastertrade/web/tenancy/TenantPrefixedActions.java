package com.mastertrade.web.tenancy;

import com.mastertrade.web.pages.Pages;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * A page's forms post back to the address the visitor asked for ({@code /t/<slug>/products/gestcom/checkout},
 * without its query: a form carries what it needs in its fields), not to its view's file, so the post names the
 * same store and page parameters. Pages without an address of their own keep their view's, with the
 * {@code /t/<slug>} prefix they were reached by.
 */
public class TenantPrefixedActions extends ViewHandlerWrapper {

    public TenantPrefixedActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object address = context.getExternalContext().getRequestMap().get(Pages.ADDRESS);
        if (address != null) {
            String text = address.toString();
            int query = text.indexOf('?');
            return query < 0 ? text : text.substring(0, query);
        }
        String url = getWrapped().getActionURL(context, viewId);
        Object prefix = context.getExternalContext().getRequestMap().get(Pages.PREFIX);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (prefix == null || !url.startsWith(contextPath)) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
