package com.mastertrade.web.identity;

import com.mastertrade.identity.SignOuts;
import com.mastertrade.identity.User;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The pages' sign-in: a server session holding {@link SignedInCustomer} (ADR 0016). The API keeps its bearer
 * tokens; both check the same password through {@code Accounts.login}, with the same throttle. A session is
 * created only at sign-in (visitors browse without one), its id is changed then, it counts for the store it
 * was opened in only, and a password change ends it on every browser.
 */
@ApplicationScoped
public class CustomerSessions {

    static final String ATTRIBUTE = "mt.customer";
    private static final String CHECKED = CustomerSessions.class.getName() + ".checked";

    @Inject
    SignOuts signOuts;

    @Inject
    Clock clock;

    /** The customer signed in to the request's store, checked once per request. */
    public Optional<SignedInCustomer> current(HttpServletRequest request) {
        Object checked = request.getAttribute(CHECKED);
        if (checked instanceof Optional<?> known) {
            return known.map(SignedInCustomer.class::cast);
        }
        Optional<SignedInCustomer> customer = find(request);
        request.setAttribute(CHECKED, customer);
        return customer;
    }

    private Optional<SignedInCustomer> find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<TenantRef> store = TenantContext.current();
        if (session == null || store.isEmpty()) {
            return Optional.empty();
        }
        if (!(session.getAttribute(ATTRIBUTE) instanceof SignedInCustomer customer)
                || customer.storeId() != store.get().id()) {
            return Optional.empty();
        }
        if (signOuts.isSignedOut(store.get(), customer.userId(), customer.since())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(customer);
    }

    /** Opens the session of a user whose password was just checked, under a new session id. */
    public SignedInCustomer signIn(HttpServletRequest request, User user) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SignedInCustomer customer = new SignedInCustomer(
                user.id(),
                user.role(),
                TenantContext.require().id(),
                user.name(),
                user.email(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        request.getSession(true).setAttribute(ATTRIBUTE, customer);
        request.setAttribute(CHECKED, Optional.of(customer));
        return customer;
    }

    /** Ends the session: this browser is signed out, whatever else it held. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.setAttribute(CHECKED, Optional.empty());
    }
}
