package com.mastertrade.payment;

import com.mastertrade.shared.Money;
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
import java.util.Locale;
import java.util.Objects;

/**
 * A payment at the provider as the provider reported it (its own reference: Stripe's payment intent, PayPal's
 * capture...), linked to the order it settles. Part of {@link Order}; its status follows the provider's news.
 */
@Entity
@Table(name = "payments")
public class Payment {

    /** What the provider said of the payment last. */
    public enum Status {
        SUCCEEDED,
        FAILED,
        REFUNDED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("unused") // written for the database (foreign key), never read back in Java
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Column(nullable = false, updatable = false)
    @Convert(converter = PaymentProviderConverter.class)
    private PaymentProvider provider;

    @Column(name = "provider_reference", nullable = false, updatable = false)
    private String providerReference;

    @Column(nullable = false)
    @Convert(converter = PaymentStatusConverter.class)
    private Payment.Status status;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Payment() {
        // for JPA
    }

    Payment(Order order, PaymentProvider provider, String providerReference, Status status, Money amount, Instant now) {
        this.order = Objects.requireNonNull(order, "Order is required.");
        this.provider = provider;
        this.providerReference = Objects.requireNonNull(providerReference, "Provider reference is required.");
        this.status = status;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeStatus(Status newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    boolean isCalled(String reference) {
        return providerReference.equals(reference);
    }

    boolean hasStatus(Status expected) {
        return status == expected;
    }

    public String providerReference() {
        return providerReference;
    }

    public Status status() {
        return status;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
