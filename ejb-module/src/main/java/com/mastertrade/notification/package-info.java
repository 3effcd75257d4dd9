/**
 * Messages to users. A notification is written in the business transaction (the outbox), and e-mailed
 * after that transaction commits; a timer retries what the mail server refused. Texts come from
 * {@code emails_fr.properties} / {@code emails_en.properties}, in the recipient's language.
 */
package com.mastertrade.notification;
