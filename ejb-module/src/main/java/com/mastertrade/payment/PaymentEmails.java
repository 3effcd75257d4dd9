package com.mastertrade.payment;

import com.mastertrade.catalog.Product;
import com.mastertrade.identity.User;
import com.mastertrade.licensing.License;
import com.mastertrade.notification.EmailTemplates;
import com.mastertrade.notification.EmailType;
import com.mastertrade.notification.Outbox;
import com.mastertrade.shared.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * The e-mails of an order, queued in the caller's transaction (so a rolled-back payment never mails), in the
 * customer's language: payment confirmed with the licence key and the download link, renewal confirmed,
 * payment failed, refund done.
 */
@Stateless
public class PaymentEmails {

    @Inject
    Outbox outbox;

    @Inject
    EmailTemplates templates;

    @Inject
    PaymentLinks links;

    public void paymentConfirmed(Order order, User customer, Product product, License license) {
        send(EmailType.PAYMENT_CONFIRMED, customer, withLicense(about(order, customer, product), license, customer));
    }

    public void renewalConfirmed(Order order, User customer, Product product, License license) {
        send(EmailType.RENEWAL_CONFIRMED, customer, withLicense(about(order, customer, product), license, customer));
    }

    public void paymentFailed(Order order, User customer, Product product) {
        Map<String, String> data = about(order, customer, product);
        data.put("link", links.orderPage(order.reference()).toString());
        send(EmailType.PAYMENT_FAILED, customer, data);
    }

    public void refundDone(Order order, User customer, Product product) {
        Map<String, String> data = about(order, customer, product);
        data.put("link", links.orderPage(order.reference()).toString());
        send(EmailType.REFUND_DONE, customer, data);
    }

    private Map<String, String> withLicense(Map<String, String> data, License license, User customer) {
        data.put("key", license.key().value());
        data.put("validity", validity(license, customer.language()));
        data.put("link", links.downloads(license.id()).toString());
        return data;
    }

    private void send(EmailType type, User customer, Map<String, String> data) {
        outbox.email(customer.id(), customer.email(), customer.language(), type, data);
    }

    private static Map<String, String> about(Order order, User customer, Product product) {
        Map<String, String> data = new HashMap<>();
        data.put("name", customer.name());
        data.put("product", product.name());
        data.put("order", order.reference());
        data.put("amount", order.price().format(customer.language().locale()));
        return data;
    }

    private String validity(License license, Language language) {
        return license.expiry()
                .map(expiry -> templates.phrase(
                        "licence-valid-until",
                        language,
                        Map.of(
                                "date",
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(language.locale())
                                        .format(expiry.atZone(ZoneOffset.UTC)))))
                .orElseGet(() -> templates.phrase("licence-permanent", language, Map.of()));
    }
}
