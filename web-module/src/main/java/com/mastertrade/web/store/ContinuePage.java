package com.mastertrade.web.store;

import com.mastertrade.web.pages.Handoffs;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code /continue}: the page a form's answer sends the browser to before it leaves the store ({@link Handoffs}).
 * It goes on at once to the address the session holds, says why, and links back; opened again, or without a
 * hand-off, it is the customer's dashboard.
 */
@Named
@RequestScoped
public class ContinuePage {

    private Handoffs.Handoff handoff;

    /** {@code f:viewAction}: the hand-off of the address, else the dashboard. */
    public void load() {
        handoff = Handoffs.take(Pages.request(), Pages.request().getParameter("to"))
                .orElse(null);
        if (handoff == null) {
            Pages.redirect("/dashboard");
        }
    }

    public Handoffs.Handoff getHandoff() {
        return handoff;
    }

    /** The meta refresh's content: at once, to the address. */
    public String getRefresh() {
        return "0;url=" + handoff.url();
    }

    public String getBack() {
        return handoff.back();
    }
}
