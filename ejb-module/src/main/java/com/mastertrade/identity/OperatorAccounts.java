package com.mastertrade.identity;

import com.mastertrade.shared.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/** Sign-in of Mastertrade's operators, and the first operator account from configuration. */
@Stateless
public class OperatorAccounts {

    private static final Logger LOG = Logger.getLogger(OperatorAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    CredentialCheck credentials;

    @Inject
    Clock clock;

    public TokenIssuer.IssuedToken login(String email, String password, String ip) {
        Operator operator = credentials.verify(
                CredentialCheck.attempt(LoginThrottle.Attempt.OPERATORS, email, ip),
                Optional.ofNullable(EmailAddress.parseOrNull(email)).flatMap(this::find),
                Operator::passwordHash,
                password);
        operator.recordLogin(clock.instant());
        return tokens.forOperator(operator);
    }

    /** Whether the platform has an operator at all (false before the first start's bootstrap). */
    public boolean anyOperator() {
        return em.createNamedQuery("Operator.count", Long.class).getSingleResult() > 0;
    }

    /** Creates the configured operator when the platform has none yet (first start). */
    public void ensureFirstOperator(String email, String password) {
        if (anyOperator()) {
            return;
        }
        EmailAddress address = new EmailAddress(email);
        em.persist(new Operator(
                address,
                "Mastertrade operator",
                hasher.hash(PasswordPolicy.check(password, Language.DEFAULT, email)),
                clock.instant()));
        LOG.info(() -> "Created the first operator account " + address);
    }

    private Optional<Operator> find(EmailAddress email) {
        return em.createNamedQuery("Operator.byEmail", Operator.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }
}
