package com.mastertrade.payment.sandbox;

import com.mastertrade.payment.OrderStatus;
import com.mastertrade.shared.Money;

/** What the sandbox's checkout page shows of the order it was opened for. */
public record SandboxCheckout(String reference, String product, Money amount, OrderStatus status) {

    /** The buttons are there while the order waits for its payment. */
    public boolean isPayable() {
        return status == OrderStatus.PENDING;
    }
}
