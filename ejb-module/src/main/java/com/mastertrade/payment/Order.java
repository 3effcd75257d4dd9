package com.mastertrade.payment;

import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's order of one product through one payment provider, the aggregate of its status transitions
 * and of the provider's payments. Its price is the catalogue's when it was placed. It decides what each
 * verified provider event does, whatever the order in which events arrive:
 * <ul>
 * <li>paid: a pending or failed order becomes paid (a later attempt may succeed after a failed one); a paid
 * order stays as it is (a payment with another reference is kept, for the staff to refund); a refunded one too.
 * <li>failed: only a pending order becomes failed; a failure reported after the payment changes nothing.
 * <li>refunded: a paid order becomes refunded; a pending or failed one was evidently paid first, so it becomes
 * paid then refunded, without anything being delivered; a refunded one stays as it is.
 * <li>a payment or refund whose amount or currency is not the order's is rejected, never fulfilled, and so is
 * an event from another provider than the order's.
 * </ul>
 * Every change of status is a transition row; the caller locks the order's row before settling an event.
 */
// "Order" is a JPQL keyword: the entity goes by another name in queries.
@Entity(name = "CustomerOrder")
@Table(name = "orders")
@NamedQuery(
        name = "CustomerOrder.pendingOfUserSince",
        query = "select count(o) from CustomerOrder o where o.userId = :user and o.status = :pending "
                + "and o.createdAt > :since")
@NamedQuery(name = "CustomerOrder.byReference", query = "select o from CustomerOrder o where o.reference = :reference")
@NamedQuery(
        name = "CustomerOrder.byProviderReference",
        query = "select o from CustomerOrder o " + "where o.provider = :provider and o.providerReference = :reference")
public class Order {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(nullable = false, updatable = false)
    @Convert(converter = OrderKindConverter.class)
    private OrderKind kind;

    @Column(name = "renews_license_id", updatable = false)
    private Long renewsLicenseId;

    @Column(name = "renewal_days", updatable = false)
    private Integer renewalDays;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    @Convert(converter = OrderStatusConverter.class)
    private OrderStatus status;

    @Column(nullable = false, updatable = false)
    @Convert(converter = PaymentProviderConverter.class)
    private PaymentProvider provider;

    @Column(name = "provider_reference")
    private String providerReference;

    @Column(name = "checkout_url")
    private String checkoutUrl;

    @Column(name = "checkout_details", nullable = false, columnDefinition = "jsonb")
    private String checkoutDetails = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OrderTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    protected Order() {
        // for JPA
    }

    private Order(
            long userId,
            long productId,
            OrderKind kind,
            LicenseRenewal renewal,
            Money price,
            PaymentProvider provider,
            Instant now) {
        this.reference = newReference();
        this.userId = userId;
        this.productId = productId;
        this.kind = kind;
        this.renewsLicenseId = renewal == null ? null : renewal.licenseId();
        this.renewalDays = renewal == null ? null : renewal.days();
        this.amount = Objects.requireNonNull(price, "Price is required.").amount();
        this.currency = price.currency();
        this.provider = Objects.requireNonNull(provider, "Provider is required.");
        this.status = OrderStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
        this.updatedAt = now;
        transitions.add(new OrderTransition(this, null, OrderStatus.PENDING, "placed", now));
    }

    /** A first purchase of a product at its catalogue price: paid, it gives the customer a new licence. */
    public static Order purchase(long userId, long productId, Money price, PaymentProvider provider, Instant now) {
        return new Order(userId, productId, OrderKind.PURCHASE, null, price, provider, now);
    }

    /** The renewal of the customer's licence of a product: paid, it extends that licence by the days bought. */
    public static Order renewal(
            long userId, long productId, LicenseRenewal renewal, Money price, PaymentProvider provider, Instant now) {
        return new Order(
                userId,
                productId,
                OrderKind.RENEWAL,
                Objects.requireNonNull(renewal, "Renewal is required."),
                price,
                provider,
                now);
    }

    /** Which licence a renewal extends, and by how many days. */
    public record LicenseRenewal(long licenseId, int days) {
        public LicenseRenewal {
            if (days < 1) {
                throw new IllegalArgumentException("A renewal adds at least a day");
            }
        }
    }

    /** {@code MT-} and 16 characters of Crockford's base 32: 80 random bits. */
    private static String newReference() {
        StringBuilder reference = new StringBuilder("MT-");
        for (int i = 0; i < 16; i++) {
            reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }

    /** The provider's hosted checkout is open: where the customer pays, and what the provider will need later. */
    public void checkoutOpened(Checkout checkout, Instant now) {
        if (status() != OrderStatus.PENDING) {
            throw new ConflictException(
                    "ORDER_NOT_PENDING", "The order is " + status.apiName() + ": there is nothing to pay");
        }
        providerReference = checkout.providerReference();
        checkoutUrl = checkout.url().toString();
        checkoutDetails = StringMapJson.toJson(checkout.details());
        updatedAt = now;
    }

    /** What a verified event of a provider does to this order (see the rules above). */
    public Settlement settle(PaymentProvider from, PaymentNotice notice, Instant now) {
        if (provider != from) {
            return Settlement.rejected("the order is paid through " + provider.apiName() + ", not " + from.apiName());
        }
        String event = from.apiName() + " " + notice.eventType() + " " + notice.eventId();
        return switch (notice.outcome()) {
            case PAID -> paidBy(notice, event, now);
            case FAILED -> failedBy(notice, event, now);
            case REFUNDED -> refundedBy(notice, event, now);
        };
    }

    private Settlement paidBy(PaymentNotice notice, String event, Instant now) {
        if (!price().equals(notice.amount())) {
            return mismatch("payment", notice);
        }
        String paymentReference = paymentReferenceOf(notice);
        return switch (status()) {
            case PENDING, FAILED -> {
                markPaid(event, now);
                recordPayment(paymentReference, Payment.Status.SUCCEEDED, now);
                yield Settlement.of(Settlement.Effect.PAID);
            }
            case PAID -> {
                if (paymentCalled(paymentReference).isEmpty()) {
                    recordPayment(paymentReference, Payment.Status.SUCCEEDED, now);
                    yield Settlement.unchanged("paid twice: refund payment " + paymentReference + " at the provider");
                }
                yield Settlement.unchanged("already paid");
            }
            case REFUNDED -> Settlement.unchanged("already refunded");
        };
    }

    private Settlement failedBy(PaymentNotice notice, String event, Instant now) {
        return switch (status()) {
            case PENDING -> {
                markFailed(event, now);
                recordPayment(paymentReferenceOf(notice), Payment.Status.FAILED, now);
                yield Settlement.of(Settlement.Effect.FAILED);
            }
            case FAILED -> Settlement.unchanged("failure already recorded");
            case PAID -> Settlement.unchanged("a failed attempt reported after the payment changes nothing");
            case REFUNDED -> Settlement.unchanged("already refunded");
        };
    }

    private Settlement refundedBy(PaymentNotice notice, String event, Instant now) {
        if (!price().equals(notice.amount())) {
            return mismatch("refund", notice);
        }
        return switch (status()) {
            case PAID -> {
                refund(event, now);
                yield Settlement.of(Settlement.Effect.REFUNDED);
            }
            case PENDING, FAILED -> {
                markPaid("paid, as the refund shows: " + event, now);
                recordPayment(paymentReferenceOf(notice), Payment.Status.SUCCEEDED, now);
                refund(event, now);
                yield Settlement.of(Settlement.Effect.REFUNDED_UNDELIVERED);
            }
            case REFUNDED -> Settlement.unchanged("already refunded");
        };
    }

    private Settlement mismatch(String what, PaymentNotice notice) {
        String stated = notice.amount() == null
                ? "no amount"
                : notice.amount().amount() + " " + notice.amount().currency();
        return Settlement.rejected("the " + what + " of " + stated + " is not the order's " + amount + " " + currency);
    }

    /** The provider's reference of the payment an event is about: the checkout's if the event names none. */
    private String paymentReferenceOf(PaymentNotice notice) {
        if (notice.providerReference() != null && !notice.providerReference().isBlank()) {
            return notice.providerReference();
        }
        return providerReference != null ? providerReference : reference;
    }

    private void recordPayment(String paymentReference, Payment.Status paymentStatus, Instant now) {
        Optional<Payment> known = paymentCalled(paymentReference);
        if (known.isPresent()) {
            known.get().changeStatus(paymentStatus, now);
        } else {
            payments.add(new Payment(this, provider(), paymentReference, paymentStatus, price(), now));
        }
    }

    private Optional<Payment> paymentCalled(String paymentReference) {
        return payments.stream().filter(p -> p.isCalled(paymentReference)).findFirst();
    }

    /** Pending or failed → paid. */
    public void markPaid(String reason, Instant now) {
        transition(OrderStatus.PAID, reason, now, OrderStatus.PENDING, OrderStatus.FAILED);
        paidAt = now;
    }

    /** Pending → failed. */
    public void markFailed(String reason, Instant now) {
        transition(OrderStatus.FAILED, reason, now, OrderStatus.PENDING);
    }

    /** Paid → refunded, for good; the payment that settled the order is marked refunded with it. */
    public void refund(String reason, Instant now) {
        transition(OrderStatus.REFUNDED, reason, now, OrderStatus.PAID);
        refundedAt = now;
        payments.stream()
                .filter(p -> p.hasStatus(Payment.Status.SUCCEEDED))
                .forEach(p -> p.changeStatus(Payment.Status.REFUNDED, now));
    }

    /**
     * Staff may refund a paid order within the refund window after its payment; else 409
     * {@code ORDER_NOT_PAID} or {@code REFUND_WINDOW_CLOSED}.
     */
    public void requireRefundable(Duration window, Instant now) {
        if (status() != OrderStatus.PAID) {
            throw new ConflictException(
                    "ORDER_NOT_PAID", "Only a paid order is refunded; this one is " + status.apiName());
        }
        if (!now.isBefore(paidAt.plus(window))) {
            throw new ConflictException(
                    "REFUND_WINDOW_CLOSED",
                    "Orders are refunded within " + window.toDays() + " days of their payment; this one was paid on "
                            + paidAt);
        }
    }

    private void transition(OrderStatus to, String reason, Instant now, OrderStatus... allowedFrom) {
        OrderStatus from = status();
        if (!List.of(allowedFrom).contains(from)) {
            throw new ConflictException(
                    "ORDER_TRANSITION_REFUSED", "A " + from.apiName() + " order cannot become " + to.apiName());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required");
        }
        status = to;
        updatedAt = now;
        transitions.add(new OrderTransition(this, from, to, reason.strip(), now));
    }

    /** What a gateway needs to find, capture or refund this order's payment at the provider. */
    public OrderPayment payment() {
        Map<String, String> details = new HashMap<>(StringMapJson.fromJson(checkoutDetails));
        payments.stream()
                .filter(p -> !p.hasStatus(Payment.Status.FAILED))
                .findFirst()
                .ifPresent(p -> details.put(OrderPayment.PAYMENT_REFERENCE, p.providerReference()));
        return new OrderPayment(id, reference, price(), providerReference, details);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long userId() {
        return userId;
    }

    public long productId() {
        return productId;
    }

    public OrderKind kind() {
        return kind;
    }

    /** For a renewal: the licence it extends and the days it buys. */
    public Optional<LicenseRenewal> renewal() {
        return renewsLicenseId == null
                ? Optional.empty()
                : Optional.of(new LicenseRenewal(renewsLicenseId, renewalDays));
    }

    public Money price() {
        return new Money(amount, currency);
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentProvider provider() {
        return provider;
    }

    public Optional<String> providerReference() {
        return Optional.ofNullable(providerReference);
    }

    /** Empty until the provider's checkout is open. */
    public Optional<URI> checkoutUrl() {
        return Optional.ofNullable(checkoutUrl).map(URI::create);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<Instant> refundedAt() {
        return Optional.ofNullable(refundedAt);
    }

    public List<OrderTransition> transitions() {
        return List.copyOf(transitions);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }
}
