package com.mastertrade.web.identity;

import com.mastertrade.identity.Caller;
import com.mastertrade.identity.RoleName;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.RequestId;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who a browser session is signed in as: in one store only, since a moment that a later password change voids
 * ({@code SignOuts}, as for the API's tokens).
 */
public record SignedInCustomer(long userId, RoleName role, long storeId, String name, String email, Instant since)
        implements Serializable {

    public Caller caller() {
        return new Caller(userId, role);
    }

    /** Who the audit trail names for what this customer does in a page. */
    public Actor actor() {
        return new Actor(userId, email, ClientAddress.current(), RequestId.current());
    }
}
