package com.mastertrade.payment;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Each store's provider accounts. Credentials are write-only: sealed with the master key, bound to the store's
 * schema and the provider ({@code payment-credentials:<schema>:<provider>}), opened only to call the provider,
 * never shown; staff see which names are set. Every change is in the audit log, without values.
 */
@Stateless
public class ProviderSettings {

    static final int MAX_CREDENTIALS = 20;
    static final int MAX_VALUE_LENGTH = 8_192;
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox box;

    @Inject
    PaymentGateways gateways;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every provider, set up or not. */
    public List<ProviderState> all() {
        return Arrays.stream(PaymentProvider.values()).map(this::state).toList();
    }

    /** The providers customers may pay through: enabled by the store and deployed on this platform. */
    public List<PaymentProvider> accepted() {
        return em.createQuery("select s from ProviderSetting s where s.enabled = true", ProviderSetting.class)
                .getResultStream()
                .map(ProviderSetting::provider)
                .filter(gateways::isAvailable)
                .sorted()
                .toList();
    }

    public ProviderState state(PaymentProvider provider) {
        Optional<ProviderSetting> setting = Optional.ofNullable(em.find(ProviderSetting.class, provider.apiName()));
        return new ProviderState(
                provider,
                setting.map(ProviderSetting::isEnabled).orElse(false),
                setting.map(s -> List.copyOf(open(s).keySet())).orElse(List.of()),
                gateways.isAvailable(provider),
                setting.map(ProviderSetting::updatedAt).orElse(null));
    }

    /**
     * Enables or disables a provider; {@code credentials}, when given, replace all the credentials set before,
     * and when null leave them as they are. Two administrators saving at once are applied one after the other.
     */
    public ProviderState configure(
            PaymentProvider provider, boolean enabled, Map<String, String> credentials, Actor actor) {
        Map<String, String> checked = credentials == null ? null : checked(credentials);
        em.createNativeQuery("INSERT INTO payment_provider_settings (provider, enabled) VALUES (?, FALSE) "
                        + "ON CONFLICT (provider) DO NOTHING")
                .setParameter(1, provider.apiName())
                .executeUpdate();
        ProviderSetting setting = em.find(ProviderSetting.class, provider.apiName(), LockModeType.PESSIMISTIC_WRITE);
        Map<String, String> kept = checked != null ? checked : open(setting);
        setting.change(enabled, kept.isEmpty() ? null : seal(provider, kept), clock.instant());
        audit.record(
                actor,
                "payment_provider.configured",
                "payment_provider",
                provider.apiName(),
                Map.of(
                        "enabled",
                        enabled,
                        "credentials",
                        checked == null ? "unchanged" : String.join(", ", checked.keySet())));
        return state(provider);
    }

    /** The store's credentials at a provider, enabled or not (webhooks and refunds of past orders need them). */
    public ProviderCredentials credentials(PaymentProvider provider) {
        ProviderSetting setting = em.find(ProviderSetting.class, provider.apiName());
        if (setting == null || setting.credentialsSealed().isEmpty()) {
            throw new ConflictException(
                    "PROVIDER_NOT_CONFIGURED", "The store has no " + provider.apiName() + " account");
        }
        return new ProviderCredentials(provider, open(setting));
    }

    /** Customers may pay through the provider: 409 {@code PROVIDER_NOT_ENABLED} otherwise. */
    public void requireEnabled(PaymentProvider provider) {
        if (!isEnabled(provider)) {
            throw new ConflictException(
                    "PROVIDER_NOT_ENABLED", "This store does not take payments through " + provider.apiName());
        }
    }

    public boolean isEnabled(PaymentProvider provider) {
        ProviderSetting setting = em.find(ProviderSetting.class, provider.apiName());
        return setting != null && setting.isEnabled();
    }

    private static Map<String, String> checked(Map<String, String> credentials) {
        if (credentials.size() > MAX_CREDENTIALS) {
            throw new InvalidInputException("credentials", "at most " + MAX_CREDENTIALS + " credentials");
        }
        Map<String, String> sorted = new TreeMap<>();
        credentials.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidInputException(
                        "credentials",
                        "credential names are lower-case letters, digits and " + "'_', starting with a letter");
            }
            if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
                throw new InvalidInputException(
                        "credentials." + name, name + " is a text of 1 to " + MAX_VALUE_LENGTH + " characters");
            }
            sorted.put(name, value.strip());
        });
        return sorted;
    }

    private byte[] seal(PaymentProvider provider, Map<String, String> credentials) {
        return box.seal(StringMapJson.toJson(credentials).getBytes(StandardCharsets.UTF_8), boundTo(provider));
    }

    private Map<String, String> open(ProviderSetting setting) {
        return setting.credentialsSealed()
                .map(stored -> StringMapJson.fromJson(
                        new String(box.open(stored, boundTo(setting.provider())), StandardCharsets.UTF_8)))
                .orElse(Map.of());
    }

    /** The associated data of the sealed credentials: another store's or provider's row does not open. */
    private static String boundTo(PaymentProvider provider) {
        return "payment-credentials:" + TenantContext.require().schema() + ":" + provider.apiName();
    }
}
