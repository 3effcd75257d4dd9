package com.mastertrade.privacy;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.delivery.download.Download;
import com.mastertrade.delivery.download.DownloadFilter;
import com.mastertrade.delivery.download.DownloadLog;
import com.mastertrade.identity.Consent;
import com.mastertrade.identity.EmailPreferences;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.LicenseActivation;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything the store keeps about one user, as one JSON document they can read and take elsewhere: the account,
 * e-mail preferences, consents, orders, licences with their devices, and downloads. Its shape is versioned
 * ({@link #FORMAT}); amounts are in minor units with their currency, instants in ISO-8601 UTC, as in the API.
 */
@Stateless
public class PersonalDataExport {

    public static final String FORMAT = "mastertrade-personal-data/1";

    @Inject
    Users users;

    @Inject
    Orders orders;

    @Inject
    Licenses licences;

    @Inject
    DownloadLog downloads;

    @Inject
    Products products;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The name the file is saved under: the store's, so that two stores' exports do not overwrite each other. */
    public static String fileName() {
        return "personal-data-" + TenantContext.require().slug().value() + ".json";
    }

    /** The user's data, for the user; the export is audited. */
    public JsonObject of(long userId, Actor actor) {
        audit.record(actor, "user.data_exported", "user", userId, Map.of());
        TenantRef store = TenantContext.require();
        User user = users.get(userId);
        Map<Long, JsonObject> productsById = new HashMap<>();
        Function<Long, JsonObject> product = id -> productsById.computeIfAbsent(id, this::product);
        JsonArrayBuilder consents = Json.createArrayBuilder();
        users.consentsOf(userId).forEach(consent -> consents.add(consent(consent)));
        JsonArrayBuilder orderList = Json.createArrayBuilder();
        every(request -> orders.ofUser(userId, request), order -> orderList.add(order(order, product)));
        JsonArrayBuilder licenceList = Json.createArrayBuilder();
        licences.ofUser(userId).forEach(licence -> licenceList.add(licence(licence, product)));
        JsonArrayBuilder downloadList = Json.createArrayBuilder();
        every(request -> downloads.page(DownloadFilter.ofUser(userId), request), d -> downloadList.add(download(d)));
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("exported_at", clock.instant().toString())
                .add(
                        "store",
                        Json.createObjectBuilder()
                                .add("slug", store.slug().value())
                                .add("name", store.name()))
                .add("account", account(user))
                .add("email_preferences", preferences(user.emailPreferences()))
                .add("consents", consents)
                .add("orders", orderList)
                .add("licenses", licenceList)
                .add("downloads", downloadList)
                .build();
    }

    private static <T> void every(Function<PageRequest, Page<T>> read, Consumer<T> each) {
        for (int page = 1; ; page++) {
            Page<T> items = read.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            items.items().forEach(each);
            if (items.items().size() < PageRequest.MAX_SIZE) {
                return;
            }
        }
    }

    private static JsonObject account(User user) {
        JsonObjectBuilder account = Json.createObjectBuilder()
                .add("id", user.id())
                .add("email", user.email())
                .add("name", user.name())
                .add("language", user.language().tag())
                .add("role", user.role().apiName())
                .add("created_at", user.createdAt().toString());
        put(account, "phone", Optional.ofNullable(user.phone()));
        put(account, "country", Optional.ofNullable(user.country()));
        put(account, "last_login", Optional.ofNullable(user.lastLogin()));
        return account.build();
    }

    private static JsonObject preferences(EmailPreferences preferences) {
        return Json.createObjectBuilder()
                .add("expiry_reminders", preferences.expiryReminders())
                .add("product_updates", preferences.productUpdates())
                .add("newsletter", preferences.newsletter())
                .build();
    }

    private static JsonObject consent(Consent consent) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", consent.kind())
                .add("version", consent.version())
                .add("granted", consent.granted())
                .add("at", consent.createdAt().toString());
        put(json, "ip", Optional.ofNullable(consent.ip()));
        put(json, "user_agent", Optional.ofNullable(consent.userAgent()));
        return json.build();
    }

    private static JsonObject order(Order order, Function<Long, JsonObject> product) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", order.id())
                .add("reference", order.reference())
                .add("kind", order.kind().apiName())
                .add("product", product.apply(order.productId()))
                .add("amount", order.price().amount())
                .add("currency", order.price().currency())
                .add("status", order.status().apiName())
                .add("provider", order.provider().apiName())
                .add("created_at", order.createdAt().toString());
        put(json, "paid_at", order.paidAt());
        put(json, "refunded_at", order.refundedAt());
        return json.build();
    }

    private static JsonObject licence(License licence, Function<Long, JsonObject> product) {
        JsonArrayBuilder devices = Json.createArrayBuilder();
        licence.activations().forEach(device -> devices.add(device(device)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", licence.id())
                .add("key", licence.key().value())
                .add("product", product.apply(licence.productId()))
                .add("status", licence.status().apiName())
                .add("type", licence.type().apiName())
                .add("created_at", licence.createdAt().toString())
                .add("devices", devices);
        put(json, "expiry", licence.expiry());
        put(json, "renewed_at", licence.renewedAt());
        return json.build();
    }

    private static JsonObject device(LicenseActivation device) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("device_id", device.deviceId())
                .add("activated_at", device.createdAt().toString())
                .add("last_seen_at", device.lastSeenAt().toString());
        put(json, "name", Optional.ofNullable(device.deviceName()));
        put(json, "ip", Optional.ofNullable(device.ip()));
        put(json, "country", Optional.ofNullable(device.country()));
        put(json, "app_version", Optional.ofNullable(device.appVersion()));
        put(json, "freed_at", device.freedAt());
        return json.build();
    }

    private static JsonObject download(Download download) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("license_id", download.licenseId())
                .add("release_id", download.releaseId())
                .add("version", download.version())
                .add("started_at", download.startedAt().toString())
                .add("bytes", download.bytesSent())
                .add("complete", download.isComplete());
        put(json, "ip", Optional.ofNullable(download.ipAddress()));
        return json.build();
    }

    private JsonObject product(long id) {
        Product product = products.get(id);
        return Json.createObjectBuilder()
                .add("id", id)
                .add("sku", product.sku())
                .add("name", product.name())
                .build();
    }

    private static void put(JsonObjectBuilder json, String name, Optional<?> value) {
        value.ifPresentOrElse(present -> json.add(name, present.toString()), () -> json.addNull(name));
    }
}
