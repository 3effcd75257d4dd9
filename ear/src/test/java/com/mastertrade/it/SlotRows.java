package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A licence's device slots as the store's schema holds them, read past the application: the stored counter, the
 * maximum, and the devices whose activation row is live.
 */
record SlotRows(int counter, int max, List<String> liveDevices) {

    static SlotRows ofKey(Platform.Store store, String key) throws SQLException {
        return read(store, "l.license_key = ?", key);
    }

    static SlotRows ofId(Platform.Store store, long id) throws SQLException {
        return read(store, "l.id = ?", id);
    }

    /** The stored count is the number of live slots, within the maximum, with one live slot per device at most. */
    SlotRows assertConsistent() {
        assertThat(liveDevices).doesNotHaveDuplicates().hasSize(counter);
        assertThat(counter).isLessThanOrEqualTo(max);
        return this;
    }

    private static SlotRows read(Platform.Store store, String licenseIs, Object value) throws SQLException {
        String schema = store.schema();
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT l.activations_count, l.max_activations,"
                        + " a.device_id FROM " + schema + ".licenses l LEFT JOIN " + schema
                        + ".license_activations a ON a.license_id = l.id AND a.deactivated_at IS NULL WHERE "
                        + licenseIs + " ORDER BY a.device_id")) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("the licence's row").isTrue();
                int counter = rows.getInt(1);
                int max = rows.getInt(2);
                List<String> devices = new ArrayList<>();
                do {
                    if (rows.getString(3) != null) {
                        devices.add(rows.getString(3));
                    }
                } while (rows.next());
                return new SlotRows(counter, max, List.copyOf(devices));
            }
        }
    }
}
