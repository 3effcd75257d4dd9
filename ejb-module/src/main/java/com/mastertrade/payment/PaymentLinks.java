package com.mastertrade.payment;

import com.mastertrade.tenancy.StoreUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** The current store's addresses that payments involve: for providers, for customers' e-mails and browsers. */
@ApplicationScoped
public class PaymentLinks {

    @Inject
    StoreUrls urls;

    /** Where a provider posts its events for this store (registered in the provider's dashboard). */
    public URI webhook(PaymentProvider provider) {
        return urls.of("/api/payments/webhook/" + provider.apiName());
    }

    /** Where the provider sends the customer back after paying. */
    public URI paymentReturn(Order order) {
        return urls.of("/api/payments/return/" + order.provider().apiName() + "?order=" + order.reference());
    }

    /** The store's page of an order, found by its reference (unguessable): its status, for the customer. */
    public URI orderPage(String reference) {
        return urls.of("/orders/status.xhtml?ref=" + reference);
    }

    /** The store's download page of a licence's software (served by the delivery feature). */
    public URI downloads(long licenseId) {
        return urls.of("/downloads?license=" + licenseId);
    }
}
