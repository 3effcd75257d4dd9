package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Where a customer lands after a provider's checkout ({@code /orders/status.xhtml?ref=MT-...}): the order's status
 * in words. Found by its reference, which only the customer and the provider know; it shows no personal data.
 */
@Named
@RequestScoped
public class OrderStatusPage {

    @Inject
    Orders orders;

    private String ref;
    private Order order;

    /** On arrival: an unknown reference is 404. */
    public void load() throws IOException {
        order = ref == null ? null : orders.findByReference(ref).orElse(null);
        if (order == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such order");
            faces.responseComplete();
        }
    }

    /** {@code pending}, {@code paid}, {@code failed} or {@code refunded}: the key of the status's message. */
    public String getStatus() {
        return order.status().apiName();
    }

    public String getReference() {
        return order.reference();
    }

    public String getAmount() {
        return order.price()
                .format(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isPending() {
        return "pending".equals(getStatus());
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
