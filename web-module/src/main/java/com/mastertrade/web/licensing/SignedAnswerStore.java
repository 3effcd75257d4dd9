package com.mastertrade.web.licensing;

import com.mastertrade.tenancy.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;

/**
 * The store whose key signs this request's answer when the request itself names none: the licence calls find
 * their store from the licence key. Call {@link #signWithKeysOf} as soon as the store is known, so that the
 * errors raised after it are signed too. Without it the store the request names (host, {@code /t/{slug}},
 * {@code X-Tenant}) signs; without either, the answer goes out unsigned.
 */
@RequestScoped
public class SignedAnswerStore {

    private TenantRef store;

    public void signWithKeysOf(TenantRef store) {
        this.store = Objects.requireNonNull(store, "Store is required.");
    }

    Optional<TenantRef> store() {
        return Optional.ofNullable(store);
    }
}
