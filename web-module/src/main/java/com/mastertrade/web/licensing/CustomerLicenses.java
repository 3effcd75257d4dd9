package com.mastertrade.web.licensing;

import com.mastertrade.delivery.download.DownloadDesk;
import com.mastertrade.delivery.download.IssuedLink;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.web.catalog.ProductNames;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Handoffs;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The signed-in customer's licences ({@code /licenses}, the dashboard) and their download button. */
@Named
@RequestScoped
public class CustomerLicenses {

    @Inject
    Licenses licenses;

    @Inject
    ProductNames names;

    @Inject
    DownloadDesk downloads;

    @Inject
    CustomerSessions customers;

    @Inject
    Clock clock;

    private List<LicenseCard> cards;

    public List<LicenseCard> getCards() {
        if (cards == null) {
            cards = licenses.ofUser(customer().userId()).stream()
                    .map(license -> LicenseCard.of(license, names.of(license.productId()), clock.instant()))
                    .sorted(Comparator.comparing(LicenseCard::usable).reversed())
                    .toList();
        }
        return cards;
    }

    /** Makes a download link of the licence's current release and sends the browser to it (through {@code /continue}). */
    public String download(long licenseId) {
        try {
            IssuedLink link =
                    downloads.issue(licenseId, Optional.empty(), customer().caller(), ClientAddress.current());
            Handoffs.leaveFor(link.url().toString(), Handoffs.Kind.DOWNLOAD, Pages.address());
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
        }
        return null;
    }

    SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }
}
