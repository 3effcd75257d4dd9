package com.mastertrade.web.payment;

import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.payment.NewOrder;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderSettings;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code /products/{sku}/checkout} and {@code /licenses/{id}/renew}: the order's summary and the store's payment
 * providers; paying places the order (a purchase, or the renewal of the customer's licence) and sends the browser
 * to the provider's hosted page. The page's view remembers the order it placed:
 * the same form sent twice (a double click, "back" then "pay" again) opens that order's checkout again instead
 * of placing a second one, or its page once it is paid. Opened anew after a payment of the same product, the page
 * says so first, with a link to that order.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How recent a payment of the same product the page points out. */
    private static final Duration RECENTLY = Duration.ofMinutes(30);

    @Inject
    Products products;

    @Inject
    ProviderSettings providers;

    @Inject
    Checkouts checkouts;

    @Inject
    CustomerSessions customers;

    @Inject
    Licenses licenses;

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    private Long productId;
    private String productName;
    private String currency;
    private String provider;
    private Long placedOrderId;
    private Long renewedLicenseId;
    private Long recentlyPaidOrderId;

    /** A provider as the page offers it: its name and its logo's file. */
    public record Choice(String id, String logo) {}

    /** A price the customer may pay in. */
    public record PriceChoice(String currency, String label) {}

    /** {@code f:viewAction}: the product of the address (or of the customer's licence to renew), else 404. */
    public void load() {
        try {
            renewedLicenseId =
                    Pages.parameter(Pages.request(), "id").map(Long::parseLong).orElse(null);
            Product product = renewedLicenseId == null
                    ? products.getPublished(
                            Pages.parameter(Pages.request(), "sku").orElse(""))
                    : products.get(
                            licenses.get(renewedLicenseId, customer().caller()).productId());
            productId = product.id();
            productName = product.name();
            currency = product.displayPrice(null).currency();
            List<Choice> offered = getProviders();
            provider = offered.isEmpty() ? null : offered.get(0).id();
            recentlyPaidOrderId = renewedLicenseId == null ? recentlyPaid(product.id()) : null;
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The customer's order of this product paid in the last minutes, if any: the page says so before a second. */
    private Long recentlyPaid(long product) {
        Instant since = clock.instant().minus(RECENTLY);
        return orders.ofUser(customer().userId(), new PageRequest(1, 10)).items().stream()
                .filter(order -> order.productId() == product && order.status() == OrderStatus.PAID)
                .filter(order -> order.paidAt().filter(since::isBefore).isPresent())
                .map(Order::id)
                .findFirst()
                .orElse(null);
    }

    public Long getRecentlyPaidOrderId() {
        return recentlyPaidOrderId;
    }

    public String getProductName() {
        return productName;
    }

    public List<PriceChoice> getPrices() {
        return product().prices().stream()
                .map(price -> new PriceChoice(price.currency(), price.format(Pages.locale())))
                .toList();
    }

    public List<Choice> getProviders() {
        return providers.accepted().stream()
                .map(accepted -> new Choice(accepted.apiName(), "providers/" + accepted.apiName() + ".svg"))
                .toList();
    }

    /** Places the order once per page, then leaves for the provider's page. */
    public synchronized String pay() {
        SignedInCustomer customer = customer();
        try {
            Order order = placedOrderId == null
                    ? checkouts.place(
                            new NewOrder(productId, PaymentProvider.fromApiName(provider), currency, renewedLicenseId),
                            customer.caller())
                    : checkouts.open(placedOrderId, customer.caller());
            placedOrderId = order.id();
            PaymentHandoff.goOn(order);
        } catch (CheckoutNotOpenedException e) {
            placedOrderId = e.orderId();
            Pages.error("checkout.unavailable");
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
        }
        return null;
    }

    /** Whether the order renews a licence rather than buying a new one. */
    public boolean isRenewal() {
        return renewedLicenseId != null;
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }

    public Long getPlacedOrderId() {
        return placedOrderId;
    }

    private Product product() {
        return products.get(productId);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
