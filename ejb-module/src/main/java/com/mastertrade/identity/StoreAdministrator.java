package com.mastertrade.identity;

import com.mastertrade.tenancy.NewTenant;
import com.mastertrade.tenancy.StoreOpening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A store opens with its first administrator, the account its operator named. */
@ApplicationScoped
public class StoreAdministrator {

    @Inject
    Accounts accounts;

    /** Inside the new store's context, in a transaction of its own; kept as it is when provisioning is repeated. */
    void onStoreOpening(@Observes StoreOpening opening) {
        NewTenant.StoreOwner owner = opening.owner();
        accounts.ensureStaff(owner.name(), owner.email(), owner.password(), RoleName.ADMIN);
    }
}
