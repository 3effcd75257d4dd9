package com.mastertrade.web.payment;

import com.mastertrade.payment.sandbox.SandboxCheckout;
import com.mastertrade.payment.sandbox.SandboxCheckouts;
import com.mastertrade.shared.MastertradeException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.function.Function;

/**
 * The sandbox's hosted checkout ({@code /sandbox/checkout.xhtml?session=...}): the order, and a pay and a fail
 * button. The page is a stateful view: its form posts back only with the view state of this visitor's session,
 * which another site cannot know (CSRF). A button sends the provider's signed callback, then the customer goes
 * back to the store like from any provider.
 */
@Named
@ViewScoped
public class SandboxCheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxCheckouts checkouts;

    private String session;
    private transient SandboxCheckout checkout;

    /** On arrival: an unknown session is 404. */
    public void load() throws IOException {
        if (checkout() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No sandbox checkout");
            faces.responseComplete();
        }
    }

    public String pay() throws IOException {
        return press(checkouts::pay);
    }

    public String fail() throws IOException {
        return press(checkouts::fail);
    }

    private String press(Function<String, URI> button) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(button.apply(session).toString());
        } catch (MastertradeException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        return null;
    }

    private SandboxCheckout checkout() {
        if (checkout == null) {
            checkout = checkouts.find(session).orElse(null);
        }
        return checkout;
    }

    // Getters for the page: Jakarta EL 5 does not read records' accessors.

    public String getProduct() {
        return checkout().product();
    }

    public String getReference() {
        return checkout().reference();
    }

    public String getAmount() {
        return checkout()
                .amount()
                .format(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isPayable() {
        return checkout().isPayable();
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
