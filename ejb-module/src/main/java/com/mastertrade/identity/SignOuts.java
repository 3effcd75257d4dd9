package com.mastertrade.identity;

import com.mastertrade.shared.PlainSql;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A password change signs the user out of every device: tokens issued before it are refused, where they would
 * otherwise work until they expire ({@code MT_JWT_TTL_SECONDS}). One primary-key read per authenticated call,
 * with the store's schema named, so it holds on every node at once.
 */
@ApplicationScoped
public class SignOuts {

    @Inject
    PlainSql sql;

    /** Whether a token the user got at {@code issuedAt} predates a password change. */
    public boolean isSignedOut(TenantRef store, long userId, Instant issuedAt) {
        return sql.run("SELECT credentials_changed_at FROM " + store.schema() + ".users WHERE id = ?", query -> {
            query.setLong(1, userId);
            try (ResultSet row = query.executeQuery()) {
                OffsetDateTime changed = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                return changed != null && issuedAt.isBefore(changed.toInstant().truncatedTo(ChronoUnit.MILLIS));
            }
        });
    }
}
