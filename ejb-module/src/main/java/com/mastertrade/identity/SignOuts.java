package com.mastertrade.identity;

import com.mastertrade.tenancy.TenantRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * A password change signs the user out of every device: tokens issued before it are refused, where they would
 * otherwise work until they expire ({@code MT_JWT_TTL_SECONDS}). One primary-key read per authenticated call,
 * with the store's schema named, so it holds on every node at once.
 */
@ApplicationScoped
public class SignOuts {

    @Resource(lookup = "jdbc/mastertrade")
    DataSource database;

    /** Whether a token the user got at {@code issuedAt} predates a password change. */
    public boolean isSignedOut(TenantRef store, long userId, Instant issuedAt) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT credentials_changed_at FROM " + store.schema() + ".users WHERE id = ?")) {
            query.setLong(1, userId);
            try (ResultSet row = query.executeQuery()) {
                OffsetDateTime changed = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                return changed != null && issuedAt.isBefore(changed.toInstant().truncatedTo(ChronoUnit.MILLIS));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The sign-out check failed: " + e.getMessage(), e);
        }
    }
}
