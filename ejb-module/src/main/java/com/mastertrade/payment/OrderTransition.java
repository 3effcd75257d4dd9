package com.mastertrade.payment;

import com.mastertrade.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One change of an order's status, with why; never changed once written. Part of {@link Order}. */
@Entity
@Table(name = "order_transitions")
public class OrderTransition {

    static final int MAX_REASON = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("unused") // written for the database (foreign key), never read back in Java
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Column(name = "from_status", updatable = false)
    @Convert(converter = OrderStatusConverter.class)
    private OrderStatus fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    @Convert(converter = OrderStatusConverter.class)
    private OrderStatus toStatus;

    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OrderTransition() {
        // for JPA
    }

    OrderTransition(Order order, OrderStatus from, OrderStatus to, String reason, Instant now) {
        this.order = Objects.requireNonNull(order, "Order is required.");
        this.fromStatus = from;
        this.toStatus = Objects.requireNonNull(to, "Status is required.");
        this.reason = Texts.atMost(reason, MAX_REASON);
        this.createdAt = now;
    }

    /** Empty for the order's creation. */
    public Optional<OrderStatus> from() {
        return Optional.ofNullable(fromStatus);
    }

    public OrderStatus to() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return createdAt;
    }
}
