package com.mastertrade.idempotency;

import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.http.IdempotentCalls;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The keys and their answers, in plain JDBC on connections of their own: a key is taken in a transaction
 * committed before the action starts (so that a second request sees it), and the answer written in another
 * after the action. Never inside the action's transaction, which could roll the key back with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());
    /** A key let go between our insert and our read is tried again, a few times. */
    private static final int TRIES = 3;

    @Resource(lookup = "jdbc/mastertrade")
    DataSource database;

    @Inject
    Clock clock;

    /**
     * Takes the key for this request, or says what it gets instead.
     *
     * @throws ConflictException 409 {@code IDEMPOTENCY_KEY_IN_USE} while the first request with the key runs
     * @throws MastertradeException 422 {@code IDEMPOTENCY_KEY_REUSED} when the key was used for another request
     */
    public Start begin(KeyScope scope, IdempotencyKey key, RequestFingerprint fingerprint) {
        Attempt attempt = new Attempt(scope, key, UUID.randomUUID());
        Instant now = clock.instant();
        return inTransaction(connection -> {
            for (int i = 0; i < TRIES; i++) {
                if (insert(connection, attempt, fingerprint, now)) {
                    return new Start.Run(attempt);
                }
                Optional<KeyUse> use = lock(connection, scope, key);
                if (use.isEmpty()) {
                    continue;
                }
                switch (use.get().next(fingerprint, now)) {
                    case RUN -> {
                        takeOver(connection, attempt, fingerprint, now);
                        return new Start.Run(attempt);
                    }
                    case REPLAY -> {
                        return new Start.Replay(use.get().answer().orElseThrow());
                    }
                    case REUSED ->
                        throw new MastertradeException(
                                422,
                                "IDEMPOTENCY_KEY_REUSED",
                                "This " + IdempotentCalls.HEADER
                                        + " was used for another request in the last 24 hours: "
                                        + "use a new key for a new request",
                                IdempotentCalls.HEADER);
                    case IN_USE -> throw inUse();
                }
            }
            throw inUse();
        });
    }

    /** The action has answered: the answer stands for the key from now on. */
    public void finish(Attempt attempt, KeptAnswer answer) {
        try {
            inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE "
                        + attempt.scope().table()
                        + " SET completed_at = ?, status = ?, headers = ?::jsonb, body = ?"
                        + " WHERE caller_id = ? AND idempotency_key = ? AND attempt = ?")) {
                    update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    update.setInt(2, answer.status());
                    update.setString(3, json(answer.headers()));
                    update.setBytes(4, answer.body());
                    bindAttempt(update, 5, attempt);
                    return update.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // The action is done and its answer goes to the client; a retry will find the key in use until it is
            // taken as abandoned.
            LOG.log(Level.SEVERE, "Could not keep the answer of " + attempt, e);
        }
    }

    /** The action failed: a retry with the key may run it again. */
    public void release(Attempt attempt) {
        try {
            inTransaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM "
                        + attempt.scope().table()
                        + " WHERE caller_id = ? AND idempotency_key = ? AND attempt = ? AND completed_at IS NULL")) {
                    bindAttempt(delete, 1, attempt);
                    return delete.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not let go of " + attempt, e);
        }
    }

    /** Deletes a store's keys older than 24 h; their answers will not be given again. */
    public int purgeExpired(TenantRef store) {
        return purgeExpired(KeyScope.storeTable(store));
    }

    /** Deletes the operators' keys older than 24 h. */
    public int purgeExpiredOfOperators() {
        return purgeExpired(KeyScope.platformTable());
    }

    private int purgeExpired(String table) {
        Instant cutoff = clock.instant().minus(KeyUse.KEPT_FOR);
        return inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE created_at <= ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }

    private static boolean insert(Connection connection, Attempt attempt, RequestFingerprint fingerprint, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                + attempt.scope().table()
                + " (caller_id, idempotency_key, fingerprint, attempt, created_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (caller_id, idempotency_key) DO NOTHING")) {
            insert.setLong(1, attempt.scope().callerId());
            insert.setString(2, attempt.key().value());
            insert.setBytes(3, fingerprint.bytes());
            insert.setObject(4, attempt.id());
            insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        }
    }

    private static Optional<KeyUse> lock(Connection connection, KeyScope scope, IdempotencyKey key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint, created_at, completed_at, status, headers::text, body FROM " + scope.table()
                        + " WHERE caller_id = ? AND idempotency_key = ? FOR UPDATE")) {
            select.setLong(1, scope.callerId());
            select.setString(2, key.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Optional<KeptAnswer> answer = row.getObject(3) == null
                        ? Optional.empty()
                        : Optional.of(new KeptAnswer(row.getInt(4), headers(row.getString(5)), row.getBytes(6)));
                return Optional.of(new KeyUse(
                        RequestFingerprint.stored(row.getBytes(1)),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        answer));
            }
        }
    }

    private static void takeOver(Connection connection, Attempt attempt, RequestFingerprint fingerprint, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE "
                + attempt.scope().table()
                + " SET fingerprint = ?, attempt = ?, created_at = ?, completed_at = NULL, status = NULL,"
                + " headers = NULL, body = NULL WHERE caller_id = ? AND idempotency_key = ?")) {
            update.setBytes(1, fingerprint.bytes());
            update.setObject(2, attempt.id());
            update.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(4, attempt.scope().callerId());
            update.setString(5, attempt.key().value());
            update.executeUpdate();
        }
    }

    private static void bindAttempt(PreparedStatement statement, int first, Attempt attempt) throws SQLException {
        statement.setLong(first, attempt.scope().callerId());
        statement.setString(first + 1, attempt.key().value());
        statement.setObject(first + 2, attempt.id());
    }

    private static ConflictException inUse() {
        return new ConflictException(
                "IDEMPOTENCY_KEY_IN_USE",
                "A request with this " + IdempotentCalls.HEADER + " is still running: try again in a moment");
    }

    private static String json(Map<String, String> headers) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        headers.forEach(object::add);
        return object.build().toString();
    }

    private static Map<String, String> headers(String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (json != null) {
            JsonObject object = Json.createReader(new StringReader(json)).readObject();
            object.forEach((name, value) -> headers.put(name, ((JsonString) value).getString()));
        }
        return headers;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency keys: " + e.getMessage(), e);
        }
    }

    /** Statements on one connection, committed together. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
