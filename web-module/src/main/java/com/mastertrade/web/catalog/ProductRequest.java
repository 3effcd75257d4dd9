package com.mastertrade.web.catalog;

import static com.mastertrade.shared.http.WholeNumbers.count;
import static com.mastertrade.shared.http.WholeNumbers.whole;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.NewProduct;
import com.mastertrade.catalog.ProductChanges;
import com.mastertrade.catalog.ProductDescription;
import com.mastertrade.catalog.Sku;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import com.mastertrade.shared.http.MultiLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The body of {@code POST} and {@code PUT /api/admin/products}. A failed check names the field as sent,
 * nested ones by their path: {@code prices[1].currency}, {@code license_terms.duration_days}.
 */
public record ProductRequest(
        String sku,
        String name,
        @MultiLine String description,
        String category,
        String version,
        String thumbnailUrl,
        List<PriceRequest> prices,
        LicenseTermsRequest licenseTerms,
        Boolean published) {

    /** {@code {amount, currency}}: minor units of an ISO currency. */
    public record PriceRequest(BigDecimal amount, String currency) {}

    /** {@code {type, duration_days, max_activations, trial_days, grace_days}}: see {@link LicenseTerms#stated}. */
    public record LicenseTermsRequest(
            String type,
            BigDecimal durationDays,
            BigDecimal maxActivations,
            BigDecimal trialDays,
            BigDecimal graceDays) {}

    NewProduct toNewProduct() {
        return new NewProduct(new Sku(sku), productDescription(), money(), terms(), Boolean.TRUE.equals(published));
    }

    ProductChanges toChanges() {
        return new ProductChanges(sku == null ? null : new Sku(sku), productDescription(), money(), terms(), published);
    }

    private ProductDescription productDescription() {
        return new ProductDescription(name, description, category, version, thumbnailUrl);
    }

    private List<Money> money() {
        if (prices == null || prices.isEmpty()) {
            throw new InvalidInputException("prices", "prices [{amount, currency}] needs at least one price");
        }
        List<Money> money = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            String path = "prices[" + i + "]";
            PriceRequest price = prices.get(i);
            if (price == null || price.amount() == null) {
                throw new InvalidInputException(path + ".amount", "amount is required");
            }
            if (price.currency() == null) {
                throw new InvalidInputException(path + ".currency", "currency is required");
            }
            long amount = whole(path + ".amount", price.amount());
            money.add(at(path, () -> new Money(amount, price.currency())));
        }
        return money;
    }

    private LicenseTerms terms() {
        if (licenseTerms == null) {
            throw new InvalidInputException(
                    "license_terms",
                    "license_terms {type, duration_days, max_activations, " + "trial_days, grace_days} is required");
        }
        LicenseTermsRequest terms = licenseTerms;
        Integer durationDays = count("license_terms.duration_days", terms.durationDays());
        Integer maxActivations = count("license_terms.max_activations", terms.maxActivations());
        Integer trialDays = count("license_terms.trial_days", terms.trialDays());
        Integer graceDays = count("license_terms.grace_days", terms.graceDays());
        return at(
                "license_terms",
                () -> LicenseTerms.stated(
                        LicenseType.fromApiName(terms.type()), durationDays, maxActivations, trialDays, graceDays));
    }

    /** Runs a check of a nested object and names a failure by its full path. */
    private static <T> T at(String path, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + e.field(), e.getMessage());
        }
    }
}
