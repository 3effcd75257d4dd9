package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A piece of software a store sells: its description, its prices (one per currency, at least one), the terms
 * of the licence a buyer receives, and whether customers can see it. Size, checksum and changelog describe the
 * installer of the current version; releases fill them in.
 */
@Entity
@Table(name = "products")
@NamedQuery(name = "Product.bySku", query = "select p from Product p where p.sku = :sku")
public class Product {

    /** The currencies a price is shown in when the customer asks for none, or for one the product lacks. */
    static final List<String> DISPLAY_CURRENCIES = List.of("XOF", "EUR", "USD");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    private String category;

    private String version;

    private String checksum;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String changelog;

    @Column(name = "thumbnail_url")
    private String thumbnailUrl;

    @Column(nullable = false)
    private boolean published;

    @Embedded
    private LicenseTerms terms;

    // Batch-fetched: a page of products costs one query for all their prices, not one per product.
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("currency")
    private List<ProductPrice> prices = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }

    /** A new product, not yet visible to customers. */
    public Product(Sku sku, ProductDescription description, List<Money> prices, LicenseTerms terms, Instant now) {
        this.sku = Objects.requireNonNull(sku, "Sku is required.").value();
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
        describe(description, now);
        reprice(prices, now);
        changeTerms(terms, now);
    }

    public void describe(ProductDescription description, Instant now) {
        Objects.requireNonNull(description, "Description is required.");
        name = description.name();
        this.description = description.description();
        category = description.category();
        version = description.version();
        thumbnailUrl = description.thumbnailUrl();
        updatedAt = now;
    }

    /**
     * Sets the whole price list: one price per currency, at least one. Currencies kept are changed in place,
     * so the unique (product, currency) rows are never deleted and inserted again in one flush.
     */
    public void reprice(List<Money> newPrices, Instant now) {
        if (newPrices == null || newPrices.isEmpty()) {
            throw new InvalidInputException("prices", "a product has at least one price");
        }
        Set<String> currencies = new HashSet<>();
        for (Money price : newPrices) {
            if (!currencies.add(
                    Objects.requireNonNull(price, "Price is required.").currency())) {
                throw new InvalidInputException("prices", "one price per currency: " + price.currency() + " is twice");
            }
        }
        prices.removeIf(price -> !currencies.contains(price.currency()));
        for (Money price : newPrices) {
            Optional<ProductPrice> existing = priceRow(price.currency());
            if (existing.isPresent()) {
                existing.get().change(price.amount());
            } else {
                prices.add(new ProductPrice(this, price));
            }
        }
        updatedAt = now;
    }

    /** The terms of licences sold from now on; licences already issued keep the terms they were sold with. */
    public void changeTerms(LicenseTerms newTerms, Instant now) {
        terms = Objects.requireNonNull(newTerms, "Licence terms are required.");
        updatedAt = now;
    }

    /**
     * What the catalogue says of the installer customers get now: the current stable release's version, size,
     * checksum and changelog; without one, size and checksum are unknown and the version stays as described.
     */
    public void showInstaller(String version, Long size, String checksum, String changelog, Instant now) {
        if (version != null) {
            this.version = version;
        }
        this.sizeBytes = size;
        this.checksum = checksum;
        this.changelog = changelog;
        updatedAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** Shows the product to customers; false if it already was. */
    public boolean publish(Instant now) {
        return showToCustomers(true, now);
    }

    /** Hides the product from customers (those who bought it keep their licences); false if already hidden. */
    public boolean unpublish(Instant now) {
        return showToCustomers(false, now);
    }

    private boolean showToCustomers(boolean visible, Instant now) {
        if (published == visible) {
            return false;
        }
        published = visible;
        updatedAt = now;
        return true;
    }

    public Optional<Money> priceIn(String currency) {
        return priceRow(currency).map(ProductPrice::money);
    }

    /**
     * The price to show: in the currency the customer asked for if the product has it, else in the first of
     * XOF, EUR and USD it has, else in its first currency.
     */
    public Money displayPrice(String preferredCurrency) {
        return displayPrice(prices(), preferredCurrency);
    }

    /** The same rule for any list of a product's prices (the store's cached catalogue keeps them so). */
    static Money displayPrice(List<Money> prices, String preferredCurrency) {
        List<String> order = new ArrayList<>(DISPLAY_CURRENCIES);
        if (preferredCurrency != null) {
            order.add(0, preferredCurrency);
        }
        return order.stream()
                .flatMap(currency ->
                        prices.stream().filter(price -> price.currency().equals(currency)))
                .findFirst()
                .orElseGet(() -> prices.get(0));
    }

    private Optional<ProductPrice> priceRow(String currency) {
        return prices.stream()
                .filter(price -> price.currency().equals(currency))
                .findFirst();
    }

    /** Every price, by currency code. */
    public List<Money> prices() {
        return prices.stream()
                .map(ProductPrice::money)
                .sorted(Comparator.comparing(Money::currency))
                .toList();
    }

    public Long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public String version() {
        return version;
    }

    public String checksum() {
        return checksum;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String changelog() {
        return changelog;
    }

    /** A picture of the product for the store's pages; null when none was given. */
    public String thumbnailUrl() {
        return thumbnailUrl;
    }

    public boolean isPublished() {
        return published;
    }

    public LicenseTerms terms() {
        return terms;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
