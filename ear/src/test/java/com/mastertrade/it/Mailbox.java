package com.mastertrade.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The e-mails GreenMail received in the test JVM, by recipient. */
final class Mailbox {

    private Mailbox() {}

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

    /** Every e-mail to the recipient once the outbox has had time to send any other. */
    static List<MimeMessage> settled(GreenMailExtension mail, String recipient) throws InterruptedException {
        awaitOne(mail, recipient);
        Thread.sleep(2_500);
        return to(mail, recipient);
    }

    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
