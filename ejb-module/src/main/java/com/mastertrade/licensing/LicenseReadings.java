package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseType;
import com.mastertrade.shared.PlainSql;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The licence API's reads, in plain SQL outside any transaction: one statement per validation of a device
 * that holds its slot, the commonest call of the platform. The tables are named with their store's schema,
 * so the statement cannot reach another store whatever the connection's {@code search_path}.
 */
@ApplicationScoped
public class LicenseReadings {

    @Inject
    PlainSql sql;

    /** The id of the store a key belongs to, from the platform's key index. */
    Optional<Long> storeOf(LicenseKey key) {
        return sql.run("SELECT tenant_id FROM platform.license_key_index WHERE key_hash = ?", statement -> {
            statement.setBytes(1, key.indexHash());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The licence of the key in the store, with the device's live activation if it holds one. */
    Optional<LicenseOnDevice> find(TenantRef store, LicenseKey key, DeviceId device) {
        String schema = store.schema();
        return sql.run(
                "SELECT l.status, l.type, l.expiry_date, l.grace_days, l.max_activations, l.activations_count, "
                        + "p.sku, a.id, a.last_seen_at, a.app_version FROM " + schema + ".licenses l JOIN " + schema
                        + ".products p ON p.id = l.product_id LEFT JOIN " + schema + ".license_activations a "
                        + "ON a.license_id = l.id AND a.device_id = ? AND a.deactivated_at IS NULL WHERE l.license_key = ?",
                statement -> {
                    statement.setString(1, device.value());
                    statement.setString(2, key.value());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(licenseOnDevice(row)) : Optional.empty();
                    }
                });
    }

    /** The program on this device reported in: its last sighting and version. */
    void sighted(TenantRef store, long activationId, String appVersion, Instant now) {
        sql.run(
                "UPDATE " + store.schema() + ".license_activations SET last_seen_at = ?, "
                        + "app_version = COALESCE(?, app_version) WHERE id = ?",
                statement -> {
                    statement.setObject(1, now.atOffset(ZoneOffset.UTC));
                    statement.setString(2, LicenseActivation.version(appVersion));
                    statement.setLong(3, activationId);
                    return statement.executeUpdate();
                });
    }

    private static LicenseOnDevice licenseOnDevice(ResultSet row) throws SQLException {
        return new LicenseOnDevice(
                new Standing(LicenseStatus.fromApiName(row.getString(1)), instant(row, 3), row.getInt(4)),
                LicenseType.fromApiName(row.getString(2)),
                row.getInt(5),
                row.getInt(6),
                row.getString(7),
                row.getObject(8, Long.class),
                instant(row, 9),
                row.getString(10));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
