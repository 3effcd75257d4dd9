package com.mastertrade.payment;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.Caller;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.FilteredPage;
import com.mastertrade.shared.ForbiddenException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current store's orders: customers place them and see their own; staff see, search and refund them. Each
 * method is a transaction of its own; calls to providers happen between them, outside any transaction (the web
 * module's {@code Checkouts} and {@code Refunds}). Providers' events settle orders in {@link PaymentEvents}.
 */
@Stateless
public class Orders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Products products;

    @Inject
    Licenses licenses;

    @Inject
    Users users;

    @Inject
    ProviderSettings settings;

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentLinks links;

    @Inject
    Fulfilment fulfilment;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mt.refund-window-days", defaultValue = "14")
    int refundWindowDays;

    /**
     * A pending order for the caller, at the catalogue's price. The provider must be enabled by the store
     * (409 {@code PROVIDER_NOT_ENABLED}) and deployed on the platform (501 {@code PROVIDER_NOT_SUPPORTED}).
     */
    public Order place(NewOrder request, Caller caller) {
        settings.requireEnabled(request.provider());
        gateways.of(request.provider());
        Instant now = clock.instant();
        Order order =
                request.renewsLicenseId() == null ? purchase(request, caller, now) : renewal(request, caller, now);
        em.persist(order);
        em.flush();
        return order;
    }

    private Order purchase(NewOrder request, Caller caller, Instant now) {
        if (request.productId() == null) {
            throw new InvalidInputException("product_id", "product_id is required");
        }
        Product product = products.getPublished(Long.toString(request.productId()));
        return Order.purchase(
                caller.userId(), product.id(), priceOf(product, request.currency()), request.provider(), now);
    }

    /** Only the licence's owner renews it, for as many days as the product's terms give, at today's price. */
    private Order renewal(NewOrder request, Caller caller, Instant now) {
        License license = licenses.get(request.renewsLicenseId());
        if (!license.userId().map(owner -> owner == caller.userId()).orElse(false)) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + request.renewsLicenseId());
        }
        if (request.productId() != null && request.productId() != license.productId()) {
            throw new InvalidInputException(
                    "product_id", "licence " + license.id() + " is of product " + license.productId());
        }
        license.requireRenewable();
        Product product = products.get(license.productId());
        Integer days = product.terms().durationDays();
        if (days == null) {
            throw new ConflictException(
                    "PRODUCT_NOT_RENEWABLE",
                    product.name() + " is now sold as a permanent licence: there is no renewal to buy");
        }
        return Order.renewal(
                caller.userId(),
                product.id(),
                new Order.LicenseRenewal(license.id(), days),
                priceOf(product, request.currency()),
                request.provider(),
                now);
    }

    private static Money priceOf(Product product, String currency) {
        if (currency == null || currency.isBlank()) {
            return product.displayPrice(null);
        }
        String code = new Money(0, currency).currency();
        return product.priceIn(code)
                .orElseThrow(() -> new InvalidInputException("currency", product.name() + " has no price in " + code));
    }

    /**
     * What the provider needs to open the checkout of the caller's pending order. Only the customer who placed
     * it pays it (403 otherwise), and only while the store takes that provider.
     */
    public CheckoutPlan checkoutPlan(long orderId, Caller caller) {
        Order order = get(orderId, caller);
        if (order.userId() != caller.userId()) {
            throw new ForbiddenException("NOT_YOUR_ORDER", "Only the customer who placed an order pays it");
        }
        if (order.status() != OrderStatus.PENDING) {
            throw new ConflictException(
                    "ORDER_NOT_PENDING", "The order is " + order.status().apiName() + ": there is nothing to pay");
        }
        settings.requireEnabled(order.provider());
        User customer = users.get(order.userId());
        CheckoutRequest request = new CheckoutRequest(
                order.id(),
                order.reference(),
                order.price(),
                products.get(order.productId()).name(),
                customer.email(),
                customer.language(),
                links.paymentReturn(order),
                links.orderPage(order.reference()),
                links.webhook(order.provider()),
                "mastertrade-checkout-" + order.reference());
        return new CheckoutPlan(order.provider(), request, settings.credentials(order.provider()));
    }

    /** Records the provider's checkout of a pending order. */
    public Order checkoutOpened(long orderId, Checkout checkout) {
        Order order = locked(orderId);
        order.checkoutOpened(checkout, clock.instant());
        return order;
    }

    /**
     * What a staff refund needs from the provider: a paid order, within the refund window after its payment
     * ({@code MT_REFUND_WINDOW_DAYS}, 14 days by default); else 409 {@code ORDER_NOT_PAID} or
     * {@code REFUND_WINDOW_CLOSED}.
     */
    public RefundPlan refundPlan(long orderId) {
        Order order = get(orderId);
        order.requireRefundable(Duration.ofDays(refundWindowDays), clock.instant());
        return new RefundPlan(order.provider(), order.payment(), settings.credentials(order.provider()));
    }

    /**
     * Records a refund the provider made at the staff's request: the order refunded, its licence taken back, the
     * customer told, the audit entry with who, why and the provider's refund id. If the provider's refund event
     * came first, the order already is refunded and only the staff's action is recorded.
     */
    public Order refundedByStaff(long orderId, String reason, String refundReference, Actor staff) {
        Order order = locked(orderId);
        boolean first = order.status() == OrderStatus.PAID;
        if (first) {
            order.refund("refunded by " + staff.label() + ": " + reason, clock.instant());
            fulfilment.takeBack(order, reason, staff);
        }
        audit.record(
                staff,
                "order.refunded",
                "order",
                order.id(),
                Map.of(
                        "reference",
                        order.reference(),
                        "reason",
                        reason,
                        "refund_reference",
                        refundReference,
                        "already_refunded_by_event",
                        !first));
        return order;
    }

    /** An order its customer or the store's staff may see; for anyone else, as for an unknown id, 404. */
    public Order get(long id, Caller caller) {
        Order order = get(id);
        if (!caller.maySee(order.userId())) {
            throw notFound(Long.toString(id));
        }
        return order;
    }

    /** An order of the store, or 404. */
    public Order get(long id) {
        return find(id).orElseThrow(() -> notFound(Long.toString(id)));
    }

    public Optional<Order> find(long id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    /** By the provider's reference of its checkout (the sandbox's checkout session...). */
    public Optional<Order> byProviderReference(PaymentProvider provider, String providerReference) {
        return em.createNamedQuery("CustomerOrder.byProviderReference", Order.class)
                .setParameter("provider", provider)
                .setParameter("reference", providerReference)
                .getResultStream()
                .findFirst();
    }

    /** By the reference a provider and the customer's browser carry, or 404. */
    public Order byReference(String reference) {
        return findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    public Optional<Order> findByReference(String reference) {
        return em.createNamedQuery("CustomerOrder.byReference", Order.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    private Order locked(long id) {
        Order order = em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw notFound(Long.toString(id));
        }
        return order;
    }

    /** Whether a customer has an order still waiting for its provider, placed after {@code since}. */
    public boolean paymentInProgress(long userId, Instant since) {
        return em.createNamedQuery("CustomerOrder.pendingOfUserSince", Long.class)
                        .setParameter("user", userId)
                        .setParameter("pending", OrderStatus.PENDING)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    /** A customer's orders, newest first. */
    public Page<Order> ofUser(long userId, PageRequest request) {
        return page(
                new OrderFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(userId), Optional.empty()),
                request);
    }

    /** The store's orders matching a filter, newest first (staff). */
    public Page<Order> page(OrderFilter filter, PageRequest request) {
        FilteredPage<Order> orders = FilteredPage.of(em, Order.class, "CustomerOrder o");
        filter.status().ifPresent(status -> orders.where("o.status = :status", "status", status));
        filter.provider().ifPresent(provider -> orders.where("o.provider = :provider", "provider", provider));
        filter.kind().ifPresent(kind -> orders.where("o.kind = :kind", "kind", kind));
        filter.userId().ifPresent(user -> orders.where("o.userId = :userId", "userId", user));
        filter.productId().ifPresent(product -> orders.where("o.productId = :productId", "productId", product));
        return orders.read("o.createdAt desc, o.id desc", request);
    }

    private static NotFoundException notFound(String idOrReference) {
        return new NotFoundException("ORDER_NOT_FOUND", "No order " + idOrReference);
    }
}
