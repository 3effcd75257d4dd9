package com.mastertrade.web.licensing;

import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.DeviceSlots;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.LicenseActivation;
import com.mastertrade.licensing.LicenseFiles;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.http.JsonConfig;
import com.mastertrade.web.catalog.ProductNames;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /licenses/{id}}: one of the customer's licences, its key to copy, its devices with "free this device"
 * and their offline licence files. Another customer's licence is the store's "page not found".
 */
@Named
@RequestScoped
public class LicensePage {

    @Inject
    Licenses licenses;

    @Inject
    DeviceSlots slots;

    @Inject
    LicenseFiles files;

    @Inject
    ProductNames names;

    @Inject
    CustomerSessions customers;

    @Inject
    Clock clock;

    private License license;
    private LicenseCard card;

    /** The device rows of the page. */
    public record Device(String id, String name, String lastSeen, String since) {}

    /** {@code f:viewAction}: the store's "page not found" unless the address names one of the customer's licences. */
    public void load() {
        if (license().isEmpty()) {
            Pages.notFound();
        }
    }

    /**
     * The licence, read when the page first needs it: a post-back's buttons (in a repeat over the devices) are
     * decoded before the view action runs.
     */
    private Optional<License> license() {
        if (license == null) {
            try {
                license = licenses.get(Pages.id(), customer().caller());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.of(license);
    }

    public LicenseCard getCard() {
        if (card == null && license().isPresent()) {
            card = LicenseCard.of(license, names.of(license.productId()), clock.instant());
        }
        return card;
    }

    public List<Device> getDevices() {
        return license()
                .map(found -> found.liveActivations().stream()
                        .map(LicensePage::device)
                        .toList())
                .orElse(List.of());
    }

    private static Device device(LicenseActivation activation) {
        return new Device(
                activation.deviceId(),
                activation.deviceName() == null ? activation.deviceId() : activation.deviceName(),
                Pages.dateTime(activation.lastSeenAt()),
                Pages.date(activation.createdAt()));
    }

    /** Frees a device's slot (a dead or replaced PC); audited as on the API. */
    public String free(String deviceId) {
        SignedInCustomer customer = customer();
        try {
            slots.release(Pages.id(), new DeviceId(deviceId), customer.caller(), customer.actor());
            Pages.info("license.device.freed");
            license = null;
            card = null;
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
        }
        return null;
    }

    /** The signed offline licence file of a device, as {@code GET /api/licenses/{id}/file} gives it. */
    public void offlineFile(String deviceId) {
        LicenseFiles.LicenseFile file = files.issue(
                Pages.id(),
                customer().caller(),
                new DeviceId(deviceId),
                LicenseFiles.DEFAULT_VALIDITY,
                SignatureAlgorithm.RSA_SHA256);
        ExternalContext external = Pages.faces().getExternalContext();
        byte[] body = new JsonConfig()
                .getContext(LicenseFiles.LicenseFile.class)
                .toJson(file)
                .getBytes(StandardCharsets.UTF_8);
        external.responseReset();
        external.setResponseContentType("application/json");
        external.setResponseContentLength(body.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"licence-" + Pages.id() + ".mtlic\"");
        try {
            external.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pages.faces().responseComplete();
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }
}
