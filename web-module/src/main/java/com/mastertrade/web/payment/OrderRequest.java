package com.mastertrade.web.payment;

import com.mastertrade.payment.NewOrder;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.WholeNumbers;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/orders}: {@code {product_id, provider, currency?}}, or
 * {@code {renews_license_id, provider, currency?}} to renew one of your licences. No amount: the price is the
 * catalogue's.
 */
public record OrderRequest(BigDecimal productId, String provider, String currency, BigDecimal renewsLicenseId) {

    NewOrder toNewOrder() {
        if (provider == null || provider.isBlank()) {
            throw new InvalidInputException("provider", "provider is required");
        }
        if (productId == null && renewsLicenseId == null) {
            throw new InvalidInputException("product_id", "product_id (or renews_license_id) is required");
        }
        return new NewOrder(
                productId == null ? null : WholeNumbers.whole("product_id", productId),
                PaymentProvider.fromApiName(provider.strip()),
                currency,
                renewsLicenseId == null ? null : WholeNumbers.whole("renews_license_id", renewsLicenseId));
    }
}
