package com.mastertrade.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order's state machine and the rules for provider events that arrive late, twice or out of order. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Money PRICE = new Money(150_000, "XOF");
    private static final Duration WINDOW = Duration.ofDays(14);

    private final Order order = Order.purchase(7, 3, PRICE, PaymentProvider.SANDBOX, NOW);

    private static PaymentNotice notice(String eventId, PaymentNotice.Outcome outcome, Money amount) {
        return new PaymentNotice(
                eventId, "sandbox." + outcome.name().toLowerCase(Locale.ROOT), "MT-REF", outcome, amount, "sbx_1");
    }

    private Settlement settle(String eventId, PaymentNotice.Outcome outcome) {
        return order.settle(PaymentProvider.SANDBOX, notice(eventId, outcome, PRICE), NOW.plusSeconds(60));
    }

    private static Instant later(long days) {
        return NOW.plus(Duration.ofDays(days));
    }

    @Test
    void aNewOrderIsPendingAtTheCataloguePriceWithARandomReference() {
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.price()).isEqualTo(PRICE);
        assertThat(order.kind()).isEqualTo(OrderKind.PURCHASE);
        assertThat(order.renewal()).isEmpty();
        assertThat(order.reference())
                .matches("MT-[0-9A-HJKMNP-TV-Z]{16}")
                .isNotEqualTo(Order.purchase(7, 3, PRICE, PaymentProvider.SANDBOX, NOW)
                        .reference());
        assertThat(order.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEmpty();
            assertThat(t.to()).isEqualTo(OrderStatus.PENDING);
        });
    }

    @Test
    void aRenewalKnowsTheLicenseAndTheDaysItBuys() {
        Order renewal = Order.renewal(7, 3, new Order.LicenseRenewal(42, 365), PRICE, PaymentProvider.SANDBOX, NOW);
        assertThat(renewal.kind()).isEqualTo(OrderKind.RENEWAL);
        assertThat(renewal.renewal()).contains(new Order.LicenseRenewal(42, 365));
        assertThat(new Order.LicenseRenewal(42, 1).days()).isEqualTo(1);
        assertThatThrownBy(() -> new Order.LicenseRenewal(42, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paidThenRefundedRecordsEveryTransitionAndItsTime() {
        order.markPaid("paid by test", later(1));
        order.refund("customer asked", later(2));

        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.paidAt()).contains(later(1));
        assertThat(order.refundedAt()).contains(later(2));
        assertThat(order.transitions())
                .extracting(OrderTransition::to)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.REFUNDED);
        assertThat(order.transitions().get(2).reason()).isEqualTo("customer asked");
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        assertRefused(() -> order.refund("refund a pending order", NOW));
        order.markFailed("declined", NOW);
        assertRefused(() -> order.markFailed("declined again", NOW));
        assertRefused(() -> order.refund("refund a failed order", NOW));
        order.markPaid("a later attempt succeeded", NOW);
        assertRefused(() -> order.markPaid("paid again", NOW));
        assertRefused(() -> order.markFailed("fails after payment", NOW));
        order.refund("refunded", NOW);
        assertRefused(() -> order.markPaid("paid after refund", NOW));
        assertRefused(() -> order.refund("refunded twice", NOW));
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.transitions()).hasSize(4);
    }

    private static void assertRefused(Runnable transition) {
        assertThatThrownBy(transition::run)
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((MastertradeException) e).code())
                .isEqualTo("ORDER_TRANSITION_REFUSED");
    }

    @Test
    void aPaymentEventPaysAPendingOrderOnceWhateverItsRepetitions() {
        assertThat(settle("evt_1", PaymentNotice.Outcome.PAID).effect()).isEqualTo(Settlement.Effect.PAID);
        Settlement again = settle("evt_2", PaymentNotice.Outcome.PAID);

        assertThat(again.effect()).isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(again.note()).isEqualTo("already paid");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.payments()).singleElement().satisfies(p -> {
            assertThat(p.providerReference()).isEqualTo("sbx_1");
            assertThat(p.status()).isEqualTo(Payment.Status.SUCCEEDED);
        });
    }

    @Test
    void aSecondRealPaymentOfAPaidOrderIsKeptForTheStaffToRefund() {
        settle("evt_1", PaymentNotice.Outcome.PAID);
        Settlement second = order.settle(
                PaymentProvider.SANDBOX,
                new PaymentNotice("evt_2", "sandbox.paid", "MT-REF", PaymentNotice.Outcome.PAID, PRICE, "sbx_2"),
                NOW);

        assertThat(second.effect()).isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(second.note()).contains("paid twice", "sbx_2");
        assertThat(order.payments()).extracting(Payment::providerReference).containsExactly("sbx_1", "sbx_2");
        assertThat(order.transitions()).hasSize(2);
    }

    @Test
    void aFailureAfterThePaymentChangesNothing() {
        settle("evt_paid", PaymentNotice.Outcome.PAID);
        Settlement late = settle("evt_failed", PaymentNotice.Outcome.FAILED);

        assertThat(late.effect()).isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aPaymentAfterAFailureStillPays() {
        assertThat(settle("evt_failed", PaymentNotice.Outcome.FAILED).effect()).isEqualTo(Settlement.Effect.FAILED);
        assertThat(settle("evt_failed_again", PaymentNotice.Outcome.FAILED).effect())
                .isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(settle("evt_paid", PaymentNotice.Outcome.PAID).effect()).isEqualTo(Settlement.Effect.PAID);
        assertThat(order.transitions())
                .extracting(OrderTransition::to)
                .containsExactly(OrderStatus.PENDING, OrderStatus.FAILED, OrderStatus.PAID);
        assertThat(order.payments())
                .as("the failed attempt and the payment are one payment at the provider, now succeeded")
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.providerReference()).isEqualTo("sbx_1");
                    assertThat(p.status()).isEqualTo(Payment.Status.SUCCEEDED);
                });
    }

    @Test
    void aFailedAttemptIsRecordedAsAFailedPayment() {
        settle("evt_failed", PaymentNotice.Outcome.FAILED);

        assertThat(order.payments()).singleElement().satisfies(p -> {
            assertThat(p.providerReference()).isEqualTo("sbx_1");
            assertThat(p.status()).isEqualTo(Payment.Status.FAILED);
        });
    }

    @Test
    void aRefundBeforeItsPaymentLeavesTheOrderRefundedAndThePaymentThenChangesNothing() {
        Settlement refund = settle("evt_refund", PaymentNotice.Outcome.REFUNDED);
        Settlement latePayment = settle("evt_paid", PaymentNotice.Outcome.PAID);

        assertThat(refund.effect()).isEqualTo(Settlement.Effect.REFUNDED_UNDELIVERED);
        assertThat(latePayment.effect()).isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.transitions())
                .extracting(OrderTransition::to)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.REFUNDED);
        assertThat(order.payments()).singleElement().extracting(Payment::status).isEqualTo(Payment.Status.REFUNDED);
    }

    @Test
    void aRefundEventRefundsAPaidOrderOnce() {
        settle("evt_paid", PaymentNotice.Outcome.PAID);
        assertThat(settle("evt_refund", PaymentNotice.Outcome.REFUNDED).effect())
                .isEqualTo(Settlement.Effect.REFUNDED);
        assertThat(settle("evt_refund_2", PaymentNotice.Outcome.REFUNDED).effect())
                .isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(settle("evt_failed", PaymentNotice.Outcome.FAILED).effect()).isEqualTo(Settlement.Effect.UNCHANGED);
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void anotherAmountOrCurrencyOrNoAmountIsRejectedAndNeverPays() {
        for (Money wrong : new Money[] {new Money(149_999, "XOF"), new Money(150_000, "EUR"), null}) {
            Settlement rejected =
                    order.settle(PaymentProvider.SANDBOX, notice("evt_wrong", PaymentNotice.Outcome.PAID, wrong), NOW);
            assertThat(rejected.effect()).isEqualTo(Settlement.Effect.REJECTED);
            assertThat(rejected.note()).contains("150000 XOF");
        }
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.payments()).isEmpty();
    }

    @Test
    void aPartialRefundIsRejectedAndTheOrderStaysPaid() {
        settle("evt_paid", PaymentNotice.Outcome.PAID);
        Settlement partial = order.settle(
                PaymentProvider.SANDBOX,
                notice("evt_partial", PaymentNotice.Outcome.REFUNDED, new Money(50_000, "XOF")),
                NOW);
        assertThat(partial.effect()).isEqualTo(Settlement.Effect.REJECTED);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anEventOfAnotherProviderIsRejected() {
        Settlement foreign =
                order.settle(PaymentProvider.STRIPE, notice("evt_1", PaymentNotice.Outcome.PAID, PRICE), NOW);
        assertThat(foreign.effect()).isEqualTo(Settlement.Effect.REJECTED);
        assertThat(foreign.note()).contains("sandbox", "stripe");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void staffRefundOnlyPaidOrdersWithinTheWindow() {
        assertThatThrownBy(() -> order.requireRefundable(WINDOW, NOW))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((MastertradeException) e).code())
                .isEqualTo("ORDER_NOT_PAID");
        order.markPaid("paid", NOW);
        order.requireRefundable(WINDOW, later(14).minusSeconds(1));
        assertThatThrownBy(() -> order.requireRefundable(WINDOW, later(14)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((MastertradeException) e).code())
                .isEqualTo("REFUND_WINDOW_CLOSED");
    }

    @Test
    void aCheckoutOpensOnlyForAPendingOrder() {
        Checkout checkout = new Checkout(URI.create("https://pay.example/c/1"), "cs_1", Map.of("pay_token", "t"));
        order.checkoutOpened(checkout, NOW);
        assertThat(order.checkoutUrl()).contains(URI.create("https://pay.example/c/1"));
        assertThat(order.providerReference()).contains("cs_1");

        order.markFailed("declined", NOW);
        assertThatThrownBy(() -> order.checkoutOpened(checkout, NOW)).isInstanceOf(ConflictException.class);
    }
}
