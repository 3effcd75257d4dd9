package com.mastertrade.catalog;

import com.mastertrade.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** What a product costs in one currency; a product has at most one price per currency. Part of {@link Product}. */
@Entity
@Table(name = "product_prices")
public class ProductPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("unused") // written for the database (foreign key), never read back in Java
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private long amount;

    protected ProductPrice() {
        // for JPA
    }

    ProductPrice(Product product, Money price) {
        this.product = Objects.requireNonNull(product, "Product is required.");
        this.currency = price.currency();
        this.amount = price.amount();
    }

    /** A new amount in the same currency. */
    void change(long newAmount) {
        amount = newAmount;
    }

    public String currency() {
        return currency;
    }

    public Money money() {
        return new Money(amount, currency);
    }
}
