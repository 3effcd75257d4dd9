package com.mastertrade.privacy;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.delivery.download.DownloadLog;
import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.RequestOrigin;
import com.mastertrade.identity.User;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.notification.Outbox;
import com.mastertrade.payment.Orders;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.UnauthorizedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A customer erases their account, confirmed by the password or a sign-in just made, in one transaction: the
 * licences are revoked and their devices forgotten, the download addresses, e-mails, consents and reset links go,
 * the audit log keeps the actions without the person, and the account row is emptied. Orders stay, pointing at
 * the emptied account, for the accounts. Refused while a payment is in progress, which would otherwise sell a
 * licence to nobody.
 */
@Stateless
public class AccountErasure {

    /** How long an order may still be paid after it was placed (hosted checkouts expire within a day). */
    static final Duration PAYMENT_WINDOW = Duration.ofHours(24);

    /** How recent a sign-in confirms an erasure asked through the API, where no password is sent. */
    static final Duration RECENT_SIGN_IN = Duration.ofMinutes(10);

    @Inject
    Accounts accounts;

    @Inject
    Orders orders;

    @Inject
    LicenseLifecycle licences;

    @Inject
    DownloadLog downloads;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** From the account page: the password confirms. */
    public void eraseWithPassword(long userId, String password, RequestOrigin origin, String requestId) {
        erase(accounts.confirmErasure(userId, password, origin), requestId);
    }

    /**
     * From the API ({@code DELETE /api/users/me}, no body): a token issued less than {@link #RECENT_SIGN_IN} ago
     * confirms, so a token left somewhere an hour cannot erase the account; 401 {@code REAUTHENTICATION_REQUIRED}.
     */
    public void eraseAfterSignIn(long userId, Instant signedInAt, String requestId) {
        if (!isRecent(signedInAt, clock.instant())) {
            throw new UnauthorizedException(
                    "REAUTHENTICATION_REQUIRED",
                    "Sign in again: an account is erased within " + RECENT_SIGN_IN.toMinutes()
                            + " minutes of signing in");
        }
        erase(accounts.lockForErasure(userId), requestId);
    }

    static boolean isRecent(Instant signedInAt, Instant now) {
        return !signedInAt.isBefore(now.minus(RECENT_SIGN_IN)) && !signedInAt.isAfter(now.plusSeconds(60));
    }

    private void erase(User user, String requestId) {
        long userId = user.id();
        if (orders.paymentInProgress(userId, clock.instant().minus(PAYMENT_WINDOW))) {
            throw new ConflictException(
                    "PAYMENT_IN_PROGRESS",
                    "An order of this account is waiting for its payment; erase the account once it is settled");
        }
        Actor nobody = new Actor(userId, "erased user " + userId, null, requestId);
        audit.forgetActor(userId, nobody.label());
        int revoked = licences.endWithAccount(userId, nobody);
        downloads.forgetAddressesOf(userId);
        outbox.forget(userId);
        accounts.erase(user);
        audit.record(nobody, "user.erased", "user", userId, Map.of("licenses_revoked", revoked));
    }
}
