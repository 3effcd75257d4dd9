package com.mastertrade.web.delivery;

import com.mastertrade.delivery.Release;
import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.Releases;
import com.mastertrade.delivery.download.Download;
import com.mastertrade.delivery.download.DownloadFilter;
import com.mastertrade.delivery.download.DownloadLog;
import com.mastertrade.delivery.download.DownloadQuota;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.catalog.ProductNames;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /downloads}: for each licence in force, the current release of its software (version, file, size,
 * SHA-256, what is new) with its download button and the downloads left today, then the customer's last
 * downloads. The purchase e-mail links here as {@code /downloads?license=<id>}: that licence comes first.
 */
@Named
@RequestScoped
public class DownloadsPage {

    static final int HISTORY = 20;

    @Inject
    Licenses licenses;

    @Inject
    Releases releases;

    @Inject
    DownloadQuota quota;

    @Inject
    DownloadLog log;

    @Inject
    ProductNames names;

    @Inject
    Clock clock;

    @Inject
    CustomerSessions customers;

    /** A licence's current release as the page offers it. */
    public record Offer(
            long licenseId,
            String product,
            String version,
            String file,
            String size,
            String sha256,
            String changelog,
            String left,
            boolean asked) {}

    /** A past download. */
    public record Past(String date, String version, String product, String size, boolean complete) {}

    private List<Offer> offers;
    private List<License> mine;

    public List<Offer> getOffers() {
        if (offers == null) {
            long asked = askedLicense();
            offers = mine().stream()
                    .filter(license -> license.validityAt(clock.instant()).licenseInForce())
                    .flatMap(license -> offer(license, asked).stream())
                    .sorted((a, b) -> Boolean.compare(b.asked(), a.asked()))
                    .toList();
        }
        return offers;
    }

    private Optional<Offer> offer(License license, long asked) {
        return releases.current(license.productId(), ReleaseChannel.STABLE)
                .filter(Release::isDownloadable)
                .map(release -> new Offer(
                        license.id(),
                        names.of(license.productId()),
                        release.version(),
                        release.fileName(),
                        Pages.size(release.size()),
                        release.sha256(),
                        release.changelog(),
                        left(quota.standing(license.id())),
                        license.id() == asked));
    }

    private static String left(DownloadQuota.Standing standing) {
        return standing.quota() == Integer.MAX_VALUE ? null : Pages.text("downloads.left", standing.left());
    }

    public List<Past> getHistory() {
        return log.page(DownloadFilter.ofUser(customer().userId()), new PageRequest(1, HISTORY)).items().stream()
                .map(this::past)
                .toList();
    }

    private Past past(Download download) {
        String product = mine().stream()
                .filter(license -> license.id() == download.licenseId())
                .findFirst()
                .map(license -> names.of(license.productId()))
                .orElse("");
        return new Past(
                Pages.dateTime(download.startedAt()),
                download.version(),
                product,
                Pages.size(download.bytesSent()),
                download.isComplete());
    }

    private List<License> mine() {
        if (mine == null) {
            mine = licenses.ofUser(customer().userId());
        }
        return mine;
    }

    private static long askedLicense() {
        String license = Pages.request().getParameter("license");
        return license != null && license.matches("[1-9][0-9]{0,17}") ? Long.parseLong(license) : 0;
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }
}
