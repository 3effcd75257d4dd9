package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.catalog.ProductNames;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in customer's orders: {@code /orders}, the dashboard's last ones, and {@code /orders/{id}}, whose
 * status the page asks for again every few seconds while the payment is pending. Another customer's order is
 * the store's "page not found". An order waiting for its payment, or whose payment failed, can be paid from its
 * page.
 */
@Named
@RequestScoped
public class CustomerOrders {

    static final int LAST = 5;

    @Inject
    Orders orders;

    @Inject
    ProductNames names;

    @Inject
    CustomerSessions customers;

    @Inject
    Checkouts checkouts;

    private OrderLine order;

    public List<OrderLine> getAll() {
        return lines(PageRequest.MAX_SIZE);
    }

    public List<OrderLine> getLast() {
        return lines(LAST);
    }

    private List<OrderLine> lines(int size) {
        return orders.ofUser(customer().userId(), new PageRequest(1, size)).items().stream()
                .map(this::line)
                .toList();
    }

    /** {@code f:viewAction} of {@code /orders/{id}}: "page not found" unless it is one of the customer's orders. */
    public void load() {
        if (getOrder() == null) {
            Pages.notFound();
        }
    }

    /**
     * Back to the provider's page of the order: the checkout already open while the payment is pending, or a new
     * one after a failure; a paid order's page shows it paid.
     */
    public String pay() {
        try {
            PaymentHandoff.goOn(checkouts.open(Pages.id(), customer().caller()));
        } catch (CheckoutNotOpenedException e) {
            Pages.error("checkout.unavailable");
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
        }
        return null;
    }

    /** The order of the address, read again (the page's poll while it is pending). */
    public void refresh() {
        order = null;
    }

    /** The order of the address, read when the page first needs it (a post-back decodes before the view action). */
    public OrderLine getOrder() {
        if (order == null) {
            try {
                order = line(orders.get(Pages.id(), customer().caller()));
            } catch (NotFoundException e) {
                return null;
            }
        }
        return order;
    }

    private OrderLine line(Order order) {
        return OrderLine.of(order, names.of(order.productId()));
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }
}
