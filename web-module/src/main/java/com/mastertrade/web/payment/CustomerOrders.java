package com.mastertrade.web.payment;

import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.store.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in customer's orders: {@code /orders}, the dashboard's last ones, and {@code /orders/{id}}, whose
 * status the page asks for again every few seconds while the payment is pending. Another customer's order is
 * the store's "page not found".
 */
@Named
@RequestScoped
public class CustomerOrders {

    static final int LAST = 5;

    @Inject
    Orders orders;

    @Inject
    Products products;

    @Inject
    CustomerSessions customers;

    private final Map<Long, String> productNames = new HashMap<>();
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

    /** {@code f:viewAction} of {@code /orders/{id}}. */
    public void load() {
        try {
            order = line(orders.get(Pages.id(), customer().caller()));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The order of the address, read again (the page's poll while it is pending). */
    public void refresh() {
        load();
    }

    public OrderLine getOrder() {
        return order;
    }

    private OrderLine line(Order order) {
        String product = productNames.computeIfAbsent(
                order.productId(),
                id -> products.find(Long.toString(id)).map(Product::name).orElse("#" + id));
        return OrderLine.of(order, product);
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }
}
