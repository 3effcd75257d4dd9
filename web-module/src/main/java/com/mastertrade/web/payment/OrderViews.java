package com.mastertrade.web.payment;

import com.mastertrade.licensing.Licenses;
import com.mastertrade.payment.Order;
import com.mastertrade.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Orders as views, with the licence each sold: one query for a whole page. */
@ApplicationScoped
public class OrderViews {

    @Inject
    Licenses licenses;

    OrderView detail(Order order) {
        return OrderView.detail(order, licenses.idsByOrder(List.of(order.id())).get(order.id()));
    }

    Page<OrderView> page(Page<Order> orders) {
        Map<Long, Long> sold =
                licenses.idsByOrder(orders.items().stream().map(Order::id).toList());
        return orders.map(order -> OrderView.summary(order, sold.get(order.id())));
    }
}
