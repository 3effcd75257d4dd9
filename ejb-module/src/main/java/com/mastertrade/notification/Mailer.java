package com.mastertrade.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/** Hands a rendered e-mail to the SMTP server of the domain's mail session {@code mail/mastertrade}. */
@ApplicationScoped
public class Mailer {

    @Resource(lookup = "mail/mastertrade")
    Session session;

    public void send(String recipient, EmailTemplates.RenderedEmail email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        message.setFrom(new InternetAddress(from != null ? from : "no-reply@mastertrade.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject(email.subject(), "UTF-8");
        message.setText(email.body(), "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        Transport.send(message);
    }
}
