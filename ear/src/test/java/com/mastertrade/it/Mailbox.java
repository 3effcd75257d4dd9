package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The e-mails GreenMail received in the test JVM, by recipient, checked against the store's outbox: every e-mail
 * is a row of {@code notifications} written with the change it tells of, and sent once.
 */
final class Mailbox {

    private Mailbox() {}

    /** An outbox row: what it tells ({@code PAYMENT_CONFIRMED}...) and whether it was sent. */
    record Row(String type, String status, int attempts) {}

    static List<MimeMessage> to(GreenMailExtension mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(recipient);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    /** The first e-mail to the recipient, waiting up to 15 s for it. */
    static MimeMessage awaitOne(GreenMailExtension mail, String recipient) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> received = to(mail, recipient);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail reached " + recipient);
    }

    /**
     * Every e-mail to the recipient once the store's outbox holds none still to send (up to 15 s): as many as
     * its rows that say sent, none twice.
     */
    static List<MimeMessage> settled(GreenMailExtension mail, Platform.Store store, String recipient)
            throws InterruptedException, SQLException {
        long deadline = System.currentTimeMillis() + 15_000;
        List<Row> rows = outbox(store, "recipient", recipient);
        while (rows.stream().anyMatch(r -> r.status().equals("pending")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            rows = outbox(store, "recipient", recipient);
        }
        assertThat(rows)
                .as("the outbox rows to %s", recipient)
                .isNotEmpty()
                .allMatch(r -> r.status().equals("sent"));
        List<MimeMessage> received = to(mail, recipient);
        assertThat(received)
                .as("e-mails received by %s, one per outbox row", recipient)
                .hasSameSizeAs(rows);
        return received;
    }

    /** The outbox rows about an order (its reference is in each row's data), oldest first. */
    static List<Row> aboutOrder(Platform.Store store, String reference) throws SQLException {
        return outbox(store, "data->>'order'", reference);
    }

    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Row> outbox(Platform.Store store, String column, String value) throws SQLException {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT type, status, attempts FROM " + store.schema()
                        + ".notifications WHERE channel = 'email' AND " + column + " = ? ORDER BY id")) {
            query.setString(1, value);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString(1), row.getString(2), row.getInt(3)));
                }
            }
            return rows;
        }
    }
}
