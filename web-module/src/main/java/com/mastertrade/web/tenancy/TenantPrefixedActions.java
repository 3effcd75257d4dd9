package com.mastertrade.web.tenancy;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * A page reached as {@code /t/<slug>/...} was forwarded without its prefix; its forms must post back with it,
 * else the post would name no store. Pages reached by the store's own host have no prefix to keep.
 */
public class TenantPrefixedActions extends ViewHandlerWrapper {

    public TenantPrefixedActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        Object prefix = context.getExternalContext().getRequestMap().get(TenantFilter.PREFIX_ATTRIBUTE);
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (prefix == null || !url.startsWith(contextPath)) {
            return url;
        }
        return contextPath + prefix + url.substring(contextPath.length());
    }
}
